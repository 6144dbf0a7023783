# ruff: noqa: E501 - the sentences are data, kept one to a line
"""The fourteenth collection's statements in English and Portuguese, written by hand without
reading the rules, as the sentences of real mail that carry the request, with the ordinary
content around them. Nearly half are refusals that do not sound like refusals: people who do not
want their input to go further than the Working Group and say so in their own words, often
without "confidential", "publish", "public", "website" or "private". Each entry is
(language, label, text); FORMS holds a form's question and answer lines, labelled by what
the answer means.

Labels: C must not be published; A may be published without the submitter's name;
P may be published; U a human must decide."""

from __future__ import annotations

# (language, label, text): a request that the input stay off the page.
REFUSALS = [
    # -- English ------------------------------------------------------------------------
    (
        "en",
        "C",
        "Attached is the account my brother gave me of his removal flight in March. I'm sending it so you understand what happened on that plane, not so that it gets passed around. He is still in the country he was sent to and the men who escorted him know our family.",
    ),
    (
        "en",
        "C",
        "Our legal team has advised that the enclosed witness statements cannot leave the Working Group's hands while the tribunal case against Corvane Escorts Ltd is still open. We would ask the secretariat to hold them accordingly.",
    ),
    (
        "en",
        "C",
        "Regarding your question about putting our input up with the others: better not. The centre manager made it very clear last year that staff who talk to outsiders lose their shifts.",
    ),
    (
        "en",
        "C",
        "The Ministry of the Interior of the Republic of Keldania requests that the information in this reply, in particular the list of contracted operators at the northern crossings, be used by the Working Group for its own analysis only and not be reproduced in any form.",
    ),
    (
        "en",
        "C",
        "We carried out the interviews under a university ethics protocol that does not allow the transcripts, or any quotation from them, to go beyond the named recipient. The summary below is provided to the Working Group on that basis alone.",
    ),
    (
        "en",
        "C",
        "PS. Handle this one with care and keep it among yourselves, please. There are perhaps six interpreters at Harlow Gate and anyone reading paragraph three could work out which of them spoke to us.",
    ),
    (
        "en",
        "C",
        "This note is background for the experts and should be treated that way: not quoted, not attributed, not reproduced. Happy to talk it through on a call if that helps.",
    ),
    (
        "en",
        "C",
        "The board of Brackenwold Custody Services has not cleared the attached screening procedures for release outside the company. They are shared with the Working Group to assist its understanding of how we vet escort staff, and for no other purpose.",
    ),
    (
        "en",
        "C",
        "I'm a union rep for catering and cleaning staff at two removal centres. What I'm telling you is for your files, not for the internet. Half of my members are on agency contracts and can be let go without a reason being given.",
    ),
    (
        "en",
        "C",
        "Please do not upload this anywhere. I wrote it at night after my husbands call from the detention centre and I put things in it that only his lawyer knows about.",
    ),
    (
        "en",
        "C",
        "Given the sensitivity of the incident log in section 4, which records dates, cell numbers and officers' shift patterns, we must ask that the submission as a whole be kept within the Working Group and its secretariat. We are grateful for the opportunity to contribute nonetheless.",
    ),
    (
        "en",
        "C",
        "We would be grateful if the Secretariat could refrain from placing this document among the inputs made available online, as it reflects internal deliberations of the Commission which have not been adopted and may not be attributed to it.",
    ),
    (
        "en",
        "C",
        "Just so you know, I don't want this going anywhere. I'm telling you because someone should know what the staff at the fingerprinting office say to people, but if it got back to them they would recognise the story straight away.",
    ),
    (
        "en",
        "C",
        "Our organisation opts for the non-public option offered in the call for inputs. The submission follows below.",
    ),
    (
        "en",
        "C",
        "The attached spreadsheet of deportation charter flights was compiled with help from people who would lose their jobs if it surfaced. It is meant for the Working Group's eyes and nobody else's.",
    ),
    (
        "en",
        "C",
        "Kindly note that this submission is made in confidence and is not to be posted on the OHCHR website or cited by name in the Working Group's report.",
    ),
    (
        "en",
        "C",
        "my cousin is still in the camp near the border and the company guards follow the news. please dont let this get out, i am only writing so you know whats going on there",
    ),
    (
        "en",
        "C",
        "Because the complaint against the visa processing contractor is still under investigation by the Ombudsman, our office is not in a position to release this material for wider distribution. It is shared with the Working Group solely for its information.",
    ),
    (
        "en",
        "C",
        "We'd ask that this stays with the Working Group. Several of the people quoted have asylum appeals pending and their lawyers have not agreed to any of it being seen outside.",
    ),
    (
        "en",
        "C",
        "Enclosed are our notes from the monitoring visit to the Eastfold holding facility, 12 to 14 June. Not for attribution, circulation or reproduction of any kind.",
    ),
    (
        "en",
        "C",
        "I worked as a detention custody officer for Halvard Secure Services for four years. I am giving you this as a former insider and I need it to remain between me and the Working Group, because the company is still enforcing its non-disclosure agreements against colleagues.",
    ),
    (
        "en",
        "C",
        "Having discussed the matter with our members at the spring meeting, we do not wish our submission to be made public.",
    ),
    (
        "en",
        "C",
        "Re your email of 3 May asking whether we are content for our response to appear on the call's webpage: we are not, I'm afraid. The figures come from an information request that the Ministry is still contesting.",
    ),
    (
        "en",
        "C",
        "The photographs in Annex C were taken by a detainee on a phone that was smuggled in. Under no circumstances should they, or anything else in this file, be shown to anyone outside your office.",
    ),
    (
        "en",
        "C",
        "Could you keep this in your files rather than with the published contributions? Some of our funders also hold contracts with the Interior Ministry and it would put us in a very difficult position.",
    ),
    (
        "en",
        "C",
        "Set out below are the main findings of our monitoring of the border guarding contract in the eastern region. Please treat our input as confidential; the monitoring agreement with the regional authority prohibits disclosure of its results.",
    ),
    (
        "en",
        "C",
        "I am sending this on behalf of my mother, who doesn't write English. She wants the Working Group to know what happened to my father during the escort, but she begs that none of it be put anywhere the company could see it.",
    ),
    (
        "en",
        "C",
        "I must stress that this was written for the Working Group and not for general consumption. Our researchers in the field would not be safe if the locations marked on the map on page 6 became known.",
    ),
    (
        "en",
        "C",
        "As agreed with your colleague on the phone yesterday, what follows is a private briefing for the experts and should be handled as such.",
    ),
    (
        "en",
        "C",
        "The cooperation agreement between our Inspectorate and the Ministry restricts the use of inspection findings to oversight bodies. We therefore share the attached report with the Working Group on a restricted basis and ask that it not be passed on.",
    ),
    (
        "en",
        "C",
        "Thank you for extending the deadline. We're sending what we have, but it isn't for the public domain, so please confirm you can hold it on that basis.",
    ),
    (
        "en",
        "C",
        "We cannot agree to any part of this being quoted. It is offered purely to inform the Working Group's thinking ahead of its thematic report to the Human Rights Council.",
    ),
    (
        "en",
        "C",
        "¹ This submission is provided for the exclusive use of the Working Group on the use of mercenaries and may not be disclosed to third parties.",
    ),
    (
        "en",
        "C",
        "sorry I cant say more in writing. what I sent is for you only, dont put it on the net, the company has someone who checks everything that is said about them",
    ),
    (
        "en",
        "C",
        "Our client, a former visa applicant whose biometric data was mishandled by the outsourced application centre, has instructed us that this submission must go no further than the Working Group's secretariat.",
    ),
    (
        "en",
        "C",
        "With respect, we kindly are asking that this document remains inside of the Working Group and is not given to other persons, because our members in the centre can be punished for speaking.",
    ),
    (
        "en",
        "C",
        "I would prefer you dont make my letter available to anybody. Use what you learn from it but the letter itself it stays with you.",
    ),
    (
        "en",
        "C",
        "Please ensure the submission is withheld from the public list of inputs. It contains medical information about detainees who are named in it.",
    ),
    (
        "en",
        "C",
        "Enclosed is our report on the death in custody at the Brantmoor removal centre. The family has not given permission for it to be shared beyond the Working Group, and we are bound by their wishes.",
    ),
    (
        "en",
        "C",
        "We are a small group of volunteers who visit people held in the airport holding rooms. We send this so that the Working Group is informed; we cannot have it circulated, because the contractor would simply stop letting us in.",
    ),
    # -- Portuguese ---------------------------------------------------------------------
    (
        "pt",
        "C",
        "Escrevo em nome da minha irmã, que está no centro de detenção do aeroporto. Peço que isto fique só com vocês; ela tem medo do que os seguranças possam fazer se souberem que ela falou.",
    ),
    (
        "pt",
        "C",
        "Solicita-se que as informações constantes do presente documento sejam utilizadas exclusivamente pelo Grupo de Trabalho, não devendo ser reproduzidas nem transmitidas a terceiros.",
    ),
    (
        "pt",
        "C",
        "Sobre a sua pergunta a respeito do site: melhor não. Os guardas da empresa leem tudo o que sai sobre eles.",
    ),
    (
        "pt",
        "C",
        "O nosso departamento jurídico foi claro: estes documentos não podem ir além do secretariado enquanto o processo contra a empresa de escolta não transitar em julgado.",
    ),
    (
        "pt",
        "C",
        "Segue em anexo o relatório da nossa visita ao posto de fronteira de Vila Seca. Pedimos que seja tratado como confidencial e que não seja publicado.",
    ),
    (
        "pt",
        "C",
        "por favor nao coloquem isso na internet, meu marido ainda esta preso e os guardas conhecem a gente",
    ),
    (
        "pt",
        "C",
        "A Provedoria encaminha o relatório de inspeção apenas para conhecimento do Grupo de Trabalho; por força da sua lei orgânica, o conteúdo das inspeções não pode ser divulgado.",
    ),
    (
        "pt",
        "C",
        "O sindicato pede que o documento não circule fora do Grupo de Trabalho. Vários associados trabalham com contratos temporários na empresa de vigilância e podem ser dispensados a qualquer momento.",
    ),
    (
        "pt",
        "C",
        "Os depoimentos foram recolhidos ao abrigo de um protocolo de ética que não permite a sua reprodução. Enviamo-los apenas para que o Grupo de Trabalho compreenda a situação nos centros.",
    ),
    ("pt", "C", "PS: isto é só para o Grupo de Trabalho, ok? Não repassem pra ninguém."),
    (
        "pt",
        "C",
        "O Ministério da Administração Interna solicita que a presente resposta não seja objeto de publicação nem de citação no relatório temático.",
    ),
    (
        "pt",
        "C",
        "Agradecemos a oportunidade de contribuir. Não autorizamos, contudo, a publicação deste texto no site do ACNUDH, uma vez que envolve pessoas que continuam detidas.",
    ),
    (
        "pt",
        "C",
        "Mandei as fotos do alojamento so pra voces verem como e la dentro. Nao quero que elas nem o meu relato aparecam em lugar nenhum.",
    ),
    (
        "pt",
        "C",
        "A empresa disponibiliza o seu manual de procedimentos ao Grupo de Trabalho a título meramente informativo, ficando vedada qualquer difusão ou reprodução, total ou parcial.",
    ),
]

# (language, label, text): the input may go up, but not with the submitter's name.
ANONYMOUS = [
    # -- English ------------------------------------------------------------------------
    (
        "en",
        "A",
        "You may publish this, but please leave my name off. I still have relatives who go through the same border post every summer.",
    ),
    (
        "en",
        "A",
        "We are happy for the submission to go on the website attributed to 'a network of legal aid providers in the region' rather than to our organisation, as our grant from the Ministry could be affected.",
    ),
    (
        "en",
        "A",
        "The testimony can be use and put online, but without my name or the name of the centre where i was working. Call me a former escort officer.",
    ),
    (
        "en",
        "A",
        "Our client agrees to the submission appearing on the OHCHR page provided it is anonymised: please remove his name, date of birth and case reference before it goes up.",
    ),
    (
        "en",
        "A",
        "Publish it by all means, just not with my name on it - I'm still employed by the contractor.",
    ),
    (
        "en",
        "A",
        "fine to put it up but anonymous please. i dont want my employer finding out it was me",
    ),
    (
        "en",
        "A",
        "I am a researcher and I'm content for this to be made available, but please attribute it to 'an academic researcher' only. My fieldwork access depends on the detention operator's goodwill.",
    ),
    (
        "en",
        "A",
        "Please feel free to use and share the submission. We only ask that our organisation not be identified; 'a civil society organisation working at the southern border' would be fine.",
    ),
    (
        "en",
        "A",
        "My father was deported on a charter flight in 2022. You can put my account with the others, but sign it only with the initials R.M. please.",
    ),
    (
        "en",
        "A",
        "We have no objection to the submission being posted, provided it is posted without anything that would identify the author or the author's workplace.",
    ),
    (
        "en",
        "A",
        "Following internal consultation, the Institute agrees to its input being published anonymously, given the ongoing negotiations with the Ministry over access to detention sites.",
    ),
    ("en", "A", "Yes you can publish it. But no name please, just write 'a worker at the centre'."),
    (
        "en",
        "A",
        "The text may appear on your page with the name of our NGO removed. Our staff visit the centres every week and would be refused entry if we were identified.",
    ),
    (
        "en",
        "A",
        "Go ahead and include it in what goes online, as long as nobody can tell it came from me. I've taken out the details that would give me away, but please check the signature block too.",
    ),
    (
        "en",
        "A",
        "We consent to publication in an anonymised form; kindly omit our name and logo from the document and from its file name.",
    ),
    (
        "en",
        "A",
        "I'd be glad for this to be read widely. Please credit it to 'a visa applicant' and nothing more.",
    ),
    (
        "en",
        "A",
        "The Commission is content for the submission to be posted without attribution to the Commission or to any of its members.",
    ),
    (
        "en",
        "A",
        "We represent guards employed by the border security contractor. The Working Group may publish the submission, on the condition that it is presented as coming from 'a trade union' without the union's name or our officers' names.",
    ),
    # -- Portuguese ---------------------------------------------------------------------
    (
        "pt",
        "A",
        "Tudo bem publicar, só peço que tirem o meu nome. Continuo empregado pela firma de segurança que cuida do centro e eles não perdoam.",
    ),
    (
        "pt",
        "A",
        "A associação autoriza a divulgação do contributo no site do ACNUDH, desde que de forma anónima.",
    ),
    (
        "pt",
        "A",
        "pode colocar junto com as outras contribuições, so nao quero meu nome aparecendo. coloca so 'um ex-detido'",
    ),
    (
        "pt",
        "A",
        "Concordamos com a publicação, atribuída apenas a «uma organização da sociedade civil que atua na fronteira», sem identificar a nossa entidade.",
    ),
    (
        "pt",
        "A",
        "O meu depoimento pode ser usado e publicado, desde que ninguém consiga saber quem eu sou.",
    ),
    (
        "pt",
        "A",
        "Autorizamos a publicação, sem identificação do escritório nem do nosso cliente, que ainda aguarda a decisão sobre o seu pedido de asilo.",
    ),
]

# (language, label, text): the input may be published.
CONSENT = [
    # -- English ------------------------------------------------------------------------
    (
        "en",
        "P",
        "Please find attached our response to the questionnaire. We consent to the publication of this submission, including its annexes, on the OHCHR website.",
    ),
    (
        "en",
        "P",
        "Nothing in this submission is confidential, and we would welcome it being made available alongside the other inputs.",
    ),
    (
        "en",
        "P",
        "Happy for this to go up with our name on it. The more people read about the escort contracts the better.",
    ),
    (
        "en",
        "P",
        "The Ministry of Foreign Affairs of Tavrenia is pleased to share the attached reply and agrees to it being posted together with the other contributions.",
    ),
    (
        "en",
        "P",
        "You can put it on the site. Please cite us as 'Coastal Migrant Rights Centre (2024)' and link to our report page if possible.",
    ),
    (
        "en",
        "P",
        "There is no reason this should not be published; we have already released the same findings in our annual report.",
    ),
    ("en", "P", "please do publish it, and use our logo if you can"),
    (
        "en",
        "P",
        "The Commission authorises the Office of the High Commissioner to publish this submission in full.",
    ),
    (
        "en",
        "P",
        "I am writing as a private individual and I am glad for my letter to be published with my name, Daniel Okoro-Vance.",
    ),
    ("en", "P", "Regarding your question: yes, it can go on the website as it is."),
    (
        "en",
        "P",
        "The company confirms that the attached policy statement on the use of force during removals may be made publicly available by the Working Group.",
    ),
    (
        "en",
        "P",
        "Feel free to publish. We've put it out ourselves already, so there is nothing to protect.",
    ),
    (
        "en",
        "P",
        "This submission was prepared for public use and may be reproduced, quoted and posted online without restriction.",
    ),
    (
        "en",
        "P",
        "We consent to our submission being published and to our organisation being named in the Working Group's report.",
    ),
    (
        "en",
        "P",
        "Our union would be pleased to see this on the OHCHR website; please attribute it to the Transport and Security Workers' Union of Keldania.",
    ),
    (
        "en",
        "P",
        "I have no problem with you putting this online. It is what happend to me and I want people to know.",
    ),
    # -- Portuguese ---------------------------------------------------------------------
    (
        "pt",
        "P",
        "Pode ser colocado no site do ACNUDH com o nome da nossa organização, que assina o documento.",
    ),
    ("pt", "P", "Pode publicar sim, tudo bem. Coloque o nome da associação."),
    (
        "pt",
        "P",
        "Não há neste contributo nada que precise ser resguardado. Fiquem à vontade para divulgá-lo.",
    ),
    (
        "pt",
        "P",
        "A Confederação consente na publicação integral do seu contributo, incluindo os anexos.",
    ),
    (
        "pt",
        "P",
        "Não vemos qualquer impedimento à publicação. Pedimos apenas que seja citado o nosso relatório anual de 2023.",
    ),
]

# (language, label, text): a human must decide.
MIXED = [
    # -- English ------------------------------------------------------------------------
    (
        "en",
        "U",
        "Our own report goes to parliament on 15 September and we would not like this to appear before then. From that date there is no problem at all.",
    ),
    (
        "en",
        "U",
        "The main text may be published. The annex listing detainees' names must not be, and we are still checking whether the incident table can be shared.",
    ),
    (
        "en",
        "U",
        "We are waiting for ministerial clearance. I will let you know whether the reply can be published once the Minister has signed off.",
    ),
    (
        "en",
        "U",
        "Some of my colleagues would like this published and others would not. Could we talk before anything is decided?",
    ),
    (
        "en",
        "U",
        "Publish unless the company objects - we have sent them a copy for a right of reply and expect an answer within the month.",
    ),
    (
        "en",
        "U",
        "Only after the court rules on the injunction can this be made public. Until then it is for the Working Group.",
    ),
    (
        "en",
        "U",
        "Our board meets on 2 October and will decide whether the submission may be published. Please hold it until then.",
    ),
    ("en", "U", "You can publish the summary on page 1. The rest is for the experts."),
    (
        "en",
        "U",
        "i'm not sure yet if I want my name on it, or if I want it online at all. can I tell you next week?",
    ),
    # -- Portuguese ---------------------------------------------------------------------
    (
        "pt",
        "U",
        "Podem publicar o texto principal; a tabela de incidentes ainda depende de autorização das famílias.",
    ),
    (
        "pt",
        "U",
        "Só depois da decisão do tribunal, prevista para dezembro, é que o documento poderá ser divulgado.",
    ),
    (
        "pt",
        "U",
        "Parte da diretoria concorda com a publicação, parte não. Vamos votar na assembleia do mês que vem e depois informamos.",
    ),
]

# (language, label, [question, answer]): a form, labelled by what the answer means.
FORMS = [
    # -- English ------------------------------------------------------------------------
    (
        "en",
        "C",
        [
            "I consent to my input being made available on the Working Group's webpage (Yes/No)",
            "No",
        ],
    ),
    (
        "en",
        "C",
        [
            "Publication on the OHCHR site",
            "[x] I do not agree   [ ] I agree",
        ],
    ),
    (
        "en",
        "A",
        [
            "Name to be displayed (person or organisation)",
            "no - publish it without",
        ],
    ),
    ("en", "P", ["Should we make your input available on the call's page?", "yes, in full"]),
    ("en", "U", ["Any restrictions we should know about?", "see cover letter"]),
    ("en", "U", ["How would you like us to handle your submission once the call closes?", "n/a"]),
    ("en", "C", ["Restrictions on use", "for the Working Group only, not to be shared"]),
    # -- Portuguese ---------------------------------------------------------------------
    ("pt", "A", ["Deseja ser identificado na publicação?", "não"]),
    ("pt", "C", ["Podemos divulgar o seu contributo?", "Não autorizo"]),
]
