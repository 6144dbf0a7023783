# ruff: noqa: E501 - the sentences are data, kept one to a line
"""The eleventh collection's statements in English and Portuguese, written by hand without
reading the rules, as the passages of real letters, notes verbales, cover e-mails,
signatures and forms that carry the request, most of them without the words an obvious
list would hold. Each entry is (language, label, text); FORMS holds a form's question and
answer lines, labelled by what the answer means.

Labels: C must not be published; A may be published without the submitter's name;
P may be published; U a human must decide."""

from __future__ import annotations

# (language, label, text): a request that the input stay off the page.
REFUSALS = [
    # -- English ------------------------------------------------------------------------
    (
        "en",
        "C",
        "As with all our submissions to UN bodies, this one is for the Working Group's information only. We have found the Group's earlier work on privatised detention very useful and hope the enclosed notes on the Kessel Road holding facility are of help.",
    ),
    (
        "en",
        "C",
        "CONFIDENTIAL – input on private contractors at the northern land crossings. Dear colleagues, our input is attached. The staffing figures in section 2 come from the contractor's own rosters and could only have reached us through a handful of people.",
    ),
    (
        "en",
        "C",
        "We are glad to assist the Working Group and have tried to answer every question in the call. That said, the paper was written for your office, and we would not want it to appear online.",
    ),
    (
        "en",
        "C",
        "Please treat what follows as background for the Working Group rather than as a submission for the website. Our caseworkers have seen the medical records of eleven men held at Brackwater and the pattern is the same in each, but the men did not agree to more than that.",
    ),
    (
        "en",
        "C",
        "Our staff still work in the centre. Anything with these details that turns up on the internet would be traced back to us within a day, so we are sending this to you and to nobody else, and we ask that it stay that way.",
    ),
    (
        "en",
        "C",
        "The company will know who wrote this. There are three of us on nights at the Port Halden holding rooms and nobody else saw the incident log I describe, so I'm trusting you to keep it off your website and out of anything public.",
    ),
    (
        "en",
        "C",
        "Kind regards, Dr Helen Marsh-Odom, Senior Lecturer in Migration Law, University of Eastbridge. (A personal note: the working paper attached to this message is for the addressee only and is not to be circulated or posted.)",
    ),
    (
        "en",
        "C",
        "Not for circulation. Attached is the chronology of the three deaths at the Saltmere centre that our network put together from the families' accounts. It is meant to be read by the members of the Working Group and the staff drafting the report, and by no one else.",
    ),
    (
        "en",
        "C",
        "Pls do not forward or post the attached spreadsheet, a former employe of the visa aplication contractor gave it to us. it lists the premium appointment fees charged at each of the company's fourteen centres.",
    ),
    (
        "en",
        "C",
        "We should be grateful if the Working Group would use our input to inform its report without quoting from it or placing it among the inputs on the web page of the call.",
    ),
    (
        "en",
        "C",
        "In line with the standing policy of our Board of Trustees, the Federation's contributions to intergovernmental processes are shared with the addressee alone. The enclosed note on escort contracts for removal flights is sent on that basis.",
    ),
    (
        "en",
        "C",
        "The attached is an internal document of the Commission, prepared for our own monitoring visits, and it has not been cleared for external release. We share it with the Working Group as a courtesy, so that the report reflects what our monitors found.",
    ),
    (
        "en",
        "C",
        "I'd rather this stayed between me and the working group. i drove the vans for the escort contractor for six years and the guys i worked with are still driving them.",
    ),
    (
        "en",
        "C",
        "The Ministry of Home Affairs wishes to indicate that the information contained in the present reply is provided for the sole use of the Working Group in the preparation of its thematic report and is not intended for wider dissemination.",
    ),
    (
        "en",
        "C",
        "The Embassy has the honour to transmit herewith the response of the Directorate-General for Migration and to request that it be regarded as a communication between the Government and the Working Group rather than as a public submission.",
    ),
    (
        "en",
        "C",
        "I write as counsel for the claimants in the pending group action concerning the Ferrow Bay centre. The statements annexed were taken for the purposes of that litigation and are privileged; they are shown to the Working Group so that it understands the case, and may not be disclosed further.",
    ),
    (
        "en",
        "C",
        "My interviewees agreed to speak to a researcher, not to the world at large, and the consent forms they signed say as much. I can share my findings with the Working Group, but the report cannot go up on a public site.",
    ),
    (
        "en",
        "C",
        "Halvard Secure Logistics provides the enclosed information to assist the Working Group. The information is proprietary to the company and is shared on the understanding that it will be held by the Secretariat and not reproduced.",
    ),
    (
        "en",
        "C",
        "Our branch voted to send you this account of conditions for the officers at the Lowmoor centre, but only on the basis that it goes to the Working Group and stops there. The contract is up for renewal and members are frightened for their jobs.",
    ),
    (
        "en",
        "C",
        "my brother was deported on the charter flight of 14 march and he told me what the escorts did to him on the plane. he is still in danger where he is now. please this must not go on internet, it is only so you know.",
    ),
    (
        "en",
        "C",
        "For your eyes only: a short note on how the fingerprinting contractor at the Eastgate visa centre keeps the biometric data it collects. I am one of two people in the IT team there.",
    ),
    (
        "en",
        "C",
        "Below is what we saw during our visits to the coastguard's contracted patrol vessels. Access is still being negotiated with the authorities, and we would not want any of this to appear online while that goes on or afterwards.",
    ),
    (
        "en",
        "C",
        "A word on how we would like this handled: the paper is a draft, it names people who have not been asked, and it reflects the views of two of our researchers rather than the Institute. It is sent for your reading and should go no further.",
    ),
    (
        "en",
        "C",
        "We have no objection to the Working Group drawing on our findings when it drafts the report. The document itself, however, is a working file and is not to be posted.",
    ),
    (
        "en",
        "C",
        "We are pleased to contribute and fully support the Working Group's mandate. We must nonetheless ask that our contribution be kept on file with the Secretariat and not added to the list of inputs on the OHCHR site.",
    ),
    (
        "en",
        "C",
        "Many thanks for the extension. Here is our input. As agreed with your colleague on the phone last week, it is for the Working Group's use and not for the webpage.",
    ),
    (
        "en",
        "C",
        "We send you our report about the private guards in the detention center of Zarvel. Please to understand it is for your information, we do not want that it is visible in internet because the families of the detained are still there.",
    ),
    (
        "en",
        "C",
        "In answer to the call's question on publication, we take the second option: the input is received by the Working Group but is not made available on the website.",
    ),
    (
        "en",
        "C",
        "¹ This paper is shared with the Working Group on a restricted basis. Please do not cite, quote or post it without the written permission of the authors.",
    ),
    (
        "en",
        "C",
        "PS sorry, I forgot to say: this should not end up on the OHCHR site. The guards would recognise the men I describe straight away.",
    ),
    (
        "en",
        "C",
        "Subject: RESTRICTED – Reply of the Border Police Directorate to the questionnaire on private military and security companies. Please find the reply of the Directorate attached, together with the two tables requested.",
    ),
    (
        "en",
        "C",
        "The attached dataset was obtained through an access-to-information request that is still under appeal, and the authority has warned us that releasing it further could prejudice the appeal. Please keep it within the Secretariat.",
    ),
    (
        "en",
        "C",
        "hi, sending this from my phone. its about the company that runs the transit centre at the airport. dont put it up anywhere, i could lose my job over it.",
    ),
    (
        "en",
        "C",
        "Under the Act that established it, the Commission transmits its reports on visits to places of deprivation of liberty to the authorities and does not issue them to the public. The report attached is shared with the Working Group on the same footing.",
    ),
    (
        "en",
        "C",
        "Please don't share this outside the Working Group. The incident reports were given to us by a nurse who still works for the healthcare contractor at the Redwell centre, and they are the only copies outside the company.",
    ),
    (
        "en",
        "C",
        "Our lawyers have advised that the contents could expose the organisation to a defamation claim by the contractor if they were made public. We therefore send the paper as information for the Working Group alone.",
    ),
    # -- Portuguese ---------------------------------------------------------------------
    (
        "pt",
        "C",
        "Como em todas as comunicações que dirigimos aos órgãos das Nações Unidas, este documento destina-se apenas à informação do Grupo de Trabalho. Agradecemos desde já a atenção dispensada.",
    ),
    (
        "pt",
        "C",
        "Os nossos colegas continuam a trabalhar no centro de instalação temporária do aeroporto. Se isto aparecer na internet, a empresa fica logo a saber quem escreveu, por isso pedimos que fique só convosco.",
    ),
    (
        "pt",
        "C",
        "Temos todo o gosto em colaborar com o Grupo de Trabalho e respondemos a todas as perguntas do questionário. Contudo, o documento em anexo não se destina a divulgação.",
    ),
    (
        "pt",
        "C",
        "O Ministério da Administração Interna solicita que a presente resposta seja utilizada exclusivamente na elaboração do relatório temático e não seja difundida por quaisquer outros meios.",
    ),
    (
        "pt",
        "C",
        "Por favor nao reencaminhem o anexo nem o coloquem em linha. As fotografias foram tiradas por um vigilante da empresa de seguranca que ainda la trabalha.",
    ),
    (
        "pt",
        "C",
        "CONFIDENCIAL – contributo sobre as empresas de segurança privada nos postos de fronteira. Segue em anexo o nosso contributo, elaborado com base em entrevistas a antigos vigilantes do posto de Vilar Seco.",
    ),
    (
        "pt",
        "C",
        "Podem usar estas informações para o relatório, mas não as citem nem as ponham no site. Somos uma associação pequena e não teríamos como nos defender de um processo da empresa.",
    ),
    (
        "pt",
        "C",
        "meu filho ficou 3 meses no centro de detencao da empresa Vigilex e me contou tudo. estou mandando so pra voces saberem, nao quero que isso va parar na internet porque ele ainda esta com o pedido de refugio em andamento.",
    ),
    (
        "pt",
        "C",
        "* Documento de trabalho interno da Defensoria, enviado a título informativo. Não deve ser reproduzido nem circular fora do Grupo de Trabalho.",
    ),
    (
        "pt",
        "C",
        "Os relatos juntos foram recolhidos no âmbito de uma ação ainda pendente contra a operadora do centro e estão abrangidos pelo sigilo profissional; seguem apenas para conhecimento do Grupo de Trabalho.",
    ),
    (
        "pt",
        "C",
        "De acordo com a política da nossa rede, os contributos enviados a mecanismos internacionais de direitos humanos não são tornados públicos. O presente contributo segue nessas mesmas condições.",
    ),
    (
        "pt",
        "C",
        "Agradeço a oportunidade de contribuir. Peço, no entanto, que este texto fique entre nós: sou intérprete contratado pela empresa que faz as escoltas e sou o único da equipa que fala tigrínia.",
    ),
]

# (language, label, text): it may be published, but without the submitter's name.
ANONYMOUS = [
    # -- English ------------------------------------------------------------------------
    (
        "en",
        "A",
        "Please do not mention that this came from us. The analysis itself can go on the website with the other inputs; it is the link to our organisation that would cause trouble for our partners inside the centres.",
    ),
    (
        "en",
        "A",
        "Publish without our logo or name, please. The text is fine to share, but the contractor also runs the reception centre where our volunteers work and we would lose our access.",
    ),
    (
        "en",
        "A",
        'You may post the submission, attributed to "a legal aid organisation working in the border region" rather than to the Clinic.',
    ),
    (
        "en",
        "A",
        "Not for attribution: the paper can be published, but with our names and the name of the clinic taken out of it.",
    ),
    (
        "en",
        "A",
        "I am a former detention custody officer and I still work in the sector. I don't mind the Working Group putting my account on its website as long as nothing in it points back to me: no name, no job title, no centre.",
    ),
    (
        "en",
        "A",
        "The Centre is happy for the submission to be made public. Given the situation of our staff in the country, we ask only that it appear without the Centre's name or contact details.",
    ),
    (
        "en",
        "A",
        'Our client has authorised us to share his account and for it to be published, provided his identity is not disclosed. Please refer to him only as "Mr K." in anything that goes on the website.',
    ),
    (
        "en",
        "A",
        "we are ok with it being online but please leave our organisation's name out, the company knows our people.",
    ),
    (
        "en",
        "A",
        "Signed: a group of interpreters working on removal flights. We have left our names off on purpose and would ask you to publish the letter just as it is.",
    ),
    (
        "en",
        "A",
        "The attached can be used and published as you see fit. We only ask that it be listed without our names, and that the covering e-mail, which has our addresses, is not put up with it.",
    ),
    (
        "en",
        "A",
        'Go ahead and publish it but the company will know who wrote this if our union branch is named, please list it as comming from "staff at an immigration removal centre".',
    ),
    (
        "en",
        "A",
        'You can put my letter on the website so people know what happened to my father. Please just write "a family member" instead of my name; we still have family in the country.',
    ),
    (
        "en",
        "A",
        'The paper may be published. It should be credited to "an academic researcher" rather than to me, because the fieldwork is continuing and I need the company to keep letting me in.',
    ),
    (
        "en",
        "A",
        "Nothing in the substance is sensitive and it may be posted in full. The one thing we ask is that the Federation not be identified as the author, for the reasons our Secretary-General explained to your office.",
    ),
    (
        "en",
        "A",
        'You can publish our text, no problem, but without the name of our association please, only write "an association from the south of the country". it is for the security of our volunteers.',
    ),
    (
        "en",
        "A",
        "Feel free to use and publish this. kindly strip the letterhead and my signature before it goes up, my employer dont know I have written to you.",
    ),
    # -- Portuguese ---------------------------------------------------------------------
    (
        "pt",
        "A",
        "Podem publicar o contributo, mas sem o nome nem o logótipo da nossa associação. Os nossos voluntários visitam o centro todas as semanas.",
    ),
    (
        "pt",
        "A",
        'Não há problema em colocar o texto no site, desde que não se diga que veio de nós. Pode ser atribuído a "uma organização da sociedade civil".',
    ),
    (
        "pt",
        "A",
        'eu aceito que publiquem meu relato mas sem meu nome, coloquem so "ex-funcionário de empresa de segurança". ainda trabalho na area.',
    ),
    (
        "pt",
        "A",
        "A Clínica autoriza a publicação, solicitando apenas que os nomes dos autores e da instituição sejam omitidos, atendendo a que o processo contra a empresa ainda está em curso.",
    ),
    (
        "pt",
        "A",
        "Em nome do nosso constituinte, autorizamos a divulgação do relato em anexo, com a identidade dele preservada: apenas as iniciais, por favor.",
    ),
]

# (language, label, text): it may be published.
CONSENT = [
    # -- English ------------------------------------------------------------------------
    (
        "en",
        "P",
        "Attached is the response of the Harbourside Migrant Legal Centre to the Working Group's questionnaire. We consent to the publication of this submission on the OHCHR website, together with the two annexes.",
    ),
    (
        "en",
        "P",
        "Nothing here is confidential. The figures are drawn from the Ministry's contract award notices and from tribunal decisions that are already in the public domain.",
    ),
    (
        "en",
        "P",
        "We have no objection to our submission being posted alongside the others on the call's page.",
    ),
    (
        "en",
        "P",
        "Please don't feel you need to keep any of this private. We wrote it to be read, and the more people who see it the better.",
    ),
    (
        "en",
        "P",
        "None of this needs special handling on our side. Put it up with the rest whenever it suits you.",
    ),
    (
        "en",
        "P",
        "feel free to publish, if you do we'd apreciate a link back to our website so readers can find the full dataset.",
    ),
    (
        "en",
        "P",
        "You may publish this submission. Please cite it as: Marrow Institute for Migration Studies, Private Security at the External Border (working paper, 2024).",
    ),
    (
        "en",
        "P",
        "The Government has no objection to its reply being made available on the webpage of the Working Group, and remains at the Group's disposal for any further information.",
    ),
    (
        "en",
        "P",
        "The Ministry does not request that any part of its reply be withheld from the public.",
    ),
    (
        "en",
        "P",
        "The Commission's contribution may be published. It draws on our annual report, which has already been tabled in Parliament.",
    ),
    (
        "en",
        "P",
        "Ardent Perimeter Solutions is content for this response to be published in full. We welcome the chance to set out how we train and supervise our escort staff.",
    ),
    (
        "en",
        "P",
        "The union is glad for this to be made public. Our members want their employer, and the government, to read it.",
    ),
    (
        "en",
        "P",
        "i want people to read this. put it on the site please, with my name, I am not afraid any more.",
    ),
    (
        "en",
        "P",
        "For the avoidance of doubt, this is not a confidential submission and the Secretariat need not redact anything in it.",
    ),
    (
        "en",
        "P",
        "You're welcome to post it on the OHCHR page. We'd only ask that you use the final PDF attached here rather than the Word draft I sent yesterday.",
    ),
    (
        "en",
        "P",
        "Our contribution can be published. It is on our own website already, so there is nothing in it that isn't public.",
    ),
    (
        "en",
        "P",
        "I'm happy for the paper to go on the OHCHR site and to be quoted in the report. It is a pre-print of an article forthcoming in a law journal, so please cite it as a pre-print.",
    ),
    (
        "en",
        "P",
        "We wouldn't object in the least if the Working Group chose to put this on its web page; on the contrary, it would help our advocacy.",
    ),
    # -- Portuguese ---------------------------------------------------------------------
    (
        "pt",
        "P",
        "Em anexo segue o contributo da Associação Ponte Aberta. Consentimos na sua publicação no sítio do ACNUDH, juntamente com os anexos.",
    ),
    (
        "pt",
        "P",
        "Nada neste documento é confidencial. Os dados foram retirados dos relatórios públicos da Inspeção-Geral e de decisões dos tribunais.",
    ),
    (
        "pt",
        "P",
        "Não temos qualquer objeção à divulgação do nosso contributo, de preferência com o logótipo da Rede.",
    ),
    ("pt", "P", "Podem publicar sem problema. Se for possível, coloquem o link para o nosso site."),
    (
        "pt",
        "P",
        "pode publicar sim, com meu nome. quero que todo mundo saiba o que aconteceu naquele voo.",
    ),
    (
        "pt",
        "P",
        "O Ministério declara que esta resposta pode ser consultada por qualquer pessoa no portal do Alto Comissariado.",
    ),
]

# (language, label, text): a human must decide.
MIXED = [
    # -- English ------------------------------------------------------------------------
    (
        "en",
        "U",
        "The submission may be published after 30 June, when our own report is launched. Until then, please keep it off the website.",
    ),
    (
        "en",
        "U",
        "Our Board meets on the 12th to approve external publications. Until it has done so we can't say yes to the website; I'll let you know the outcome.",
    ),
    (
        "en",
        "U",
        "Our overview (pages 1 to 3) is fine for the website. The rest sets out who we interviewed and when they were held, and that part should stay with the Working Group.",
    ),
    (
        "en",
        "U",
        "I'm honestly not sure what to tell you about publication. Our director is in favour, but the field team are worried about the staff we work with at the centre. Can we come back to you?",
    ),
    (
        "en",
        "U",
        "You may publish, unless the Ministry of Justice objects to the court extracts being included, in which case please get in touch with us first.",
    ),
    (
        "en",
        "U",
        "We would like it to be published, but only after the Court of Appeal rules in the Ferrow Bay case, which is expected in the autumn.",
    ),
    (
        "en",
        "U",
        "Happy for this to go online. Actualy, thinking about it again, i need to check with the families first so please hold it for now.",
    ),
    (
        "en",
        "U",
        "The Department's reply is provided subject to ministerial clearance for publication, which is being sought. The Secretariat will be informed once it has been obtained.",
    ),
    (
        "en",
        "U",
        "The text can be published. The photographs were taken inside the centre, though, and we are not sure we have the right to release them, so please check with us before they are used.",
    ),
    (
        "en",
        "U",
        "Publish if you need to, but if there is any way of keeping it just for the Working Group we would prefer that.",
    ),
    (
        "en",
        "U",
        "u can publish the main report i think but not sure about section 4 with the incident table, will ask my coordinator and revert",
    ),
    # -- Portuguese ---------------------------------------------------------------------
    (
        "pt",
        "U",
        "Gostaríamos que o contributo só fosse colocado em linha depois de 15 de setembro, quando o nosso relatório sombra for apresentado à imprensa.",
    ),
    (
        "pt",
        "U",
        "A publicacao depende da aprovacao da Direcao, que so reune no proximo mes. Daremos noticia logo que possivel.",
    ),
    (
        "pt",
        "U",
        "Quanto ao texto principal, estão à vontade; já o anexo com a lista de incidentes é só para os membros do Grupo de Trabalho.",
    ),
    (
        "pt",
        "U",
        "Autorizamos a publicação, salvo se a empresa vier a contestar judicialmente os factos descritos, caso em que pedimos que nos contactem antes.",
    ),
]

# (language, label, [question, answer]): a form, labelled by what the answer means.
FORMS = [
    # -- English ------------------------------------------------------------------------
    ("en", "C", ["Publication consent (Yes / No)", "No – for the WG's information only"]),
    (
        "en",
        "C",
        ["May your input be posted on the call's webpage?", "[ ] Yes   [x] No, information only"],
    ),
    ("en", "A", ["Name to appear with the published input", "None – please publish anonymously"]),
    (
        "en",
        "A",
        [
            "Agreement to publication of the submission",
            "Agreed, on condition the organisation is not named",
        ],
    ),
    ("en", "P", ["Permission for OHCHR to display this input publicly", "[x] Granted"]),
    ("en", "P", ["Confidentiality requested?", "No"]),
    ("en", "U", ["Can this input be made public?", "As per our e-mail of 3 May"]),
    ("en", "U", ["Publication on the website", "Yes from 1 September"]),
    (
        "en",
        "U",
        ["Do you wish any part of your submission to remain confidential?", "To be confirmed"],
    ),
    # -- Portuguese ---------------------------------------------------------------------
    ("pt", "C", ["Concorda com a divulgação pública do contributo?", "Não concordo"]),
    ("pt", "A", ["Nome a indicar na publicação", "Nenhum (anónimo)"]),
    ("pt", "P", ["Pedido de confidencialidade", "Não se aplica"]),
]
