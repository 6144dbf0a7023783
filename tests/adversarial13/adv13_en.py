# ruff: noqa: E501 - the sentences are data, kept one to a line
"""The thirteenth collection's statements in English and Portuguese, written by hand without
reading the rules, as the passages of one season's mail that carry the request: cover
e-mails, notes verbales, letters from relatives, replies to the secretariat, signatures and
forms. Half of the collection asks for the input to go up without the writer's name. Each
entry is (language, label, text); FORMS holds a form's question and answer lines, labelled
by what the answer means.

Labels: C must not be published; A may be published without the submitter's name;
P may be published; U a human must decide."""

from __future__ import annotations

# (language, label, text): a request that the input stay off the page.
REFUSALS = [
    # -- English ------------------------------------------------------------------------
    (
        "en",
        "C",
        "Further to our exchange of 14 May, the Legal Adviser of the Ministry of Justice transmits the attached note on the framework contracts for deportation escorts. The note was prepared for the Working Group's own use; the Ministry does not agree to it appearing on the OHCHR website or being reproduced in any compilation of inputs.",
    ),
    (
        "en",
        "C",
        "I run Harbour Line on my own, out of my kitchen, and visit people at the Kestrel Road unit twice a week. What I've written below is what they told me in the visits room, and I promised every one of them it would stay with the UN and not end up online. Please honour that.",
    ),
    (
        "en",
        "C",
        "On behalf of the twelve members of the Coalition for Dignity at the Border, I attach our joint submission. Two members said they would withdraw unless it is kept off the website, so the coalition has agreed that it goes to the Working Group for information only and is not for publication.",
    ),
    (
        "en",
        "C",
        "my brother Tomas is still inside the centre at Wrenfield and the guards there read everything. please dont put my letter up on the website, if they see it he is the one who will pay for it.",
    ),
    (
        "en",
        "C",
        "I worked nights for the contractor at the short term holding facilty for three years until last autumn. I'm sending this to help, but I signed an NDA and I don't want a single line of it made public, not even with my name taken off.",
    ),
    (
        "en",
        "C",
        "Attached please find the responses of Ardent Shield Group plc to the questionnaire. They include pricing and staffing information protected under our contracts with the Home Department and are submitted on the understanding that they will not be disclosed to third parties or posted online.",
    ),
    (
        "en",
        "C",
        "The executive committee of the Transport and Custody Workers' Union discussed the call at its meeting of 3 June. It agreed to send the attached evidence on the clear understanding that it stays within the Working Group and is not made available on the web page for the call.",
    ),
    (
        "en",
        "C",
        "I'm a freelance reporter and some of what I'm sharing comes from an investigation that hasn't run yet. I'd ask you not to put any of it on your site - it's background for the Working Group, nothing more.",
    ),
    (
        "en",
        "C",
        "Our research protocol (approved by the university ethics board, ref. HREC 22/417) allows us to share aggregate findings with the Working Group but not to place them in the public domain. We therefore ask that the enclosed briefing not be posted.",
    ),
    (
        "en",
        "C",
        "I write on behalf of my client, a former detainee who is a claimant in ongoing proceedings against the escort contractor. On his instructions, and to avoid any prejudice to those proceedings, this submission must not be published by OHCHR in whole or in part.",
    ),
    (
        "en",
        "C",
        "This letter is from Mr Abdi Warsame, elder of the community in the town, translated by his nephew. He say: we give this paper to the Working Group because we trust it, but it must not go on the internet. The people who spoke to him are afraid of the company men.",
    ),
    (
        "en",
        "C",
        "Under section 19 of its founding Act, the Commission may not release information obtained during its monitoring visits. The observations in Part II are therefore transmitted in confidence, and the Commission asks that the submission as a whole not be made public.",
    ),
    (
        "en",
        "C",
        "The Embassy of the Republic of Valdoria presents its compliments to the Secretariat of the Working Group and has the honour to transmit the information requested in the call. The Embassy kindly requests that the information be used solely for the Working Group's deliberations and not reproduced on the website.",
    ),
    (
        "en",
        "C",
        "As a GP who has done sessional work at two removal centres, I have set down what I saw. My professional duties mean I cannot let this go out publicly, so I'd ask that it be kept among the members of the Working Group.",
    ),
    (
        "en",
        "C",
        "Many thanks again for agreeing to the extension. PS - I forgot to say earlier: this is not to be put up on the OHCHR page. It's for you only.",
    ),
    (
        "en",
        "C",
        "Re: your question of 2 July about publication. No, sorry, we'd rather it wasn't online at all. It was written for the experts and nobody here has checked it with publication in mind.",
    ),
    (
        "en",
        "C",
        "We have read the note on publication on the call's page and we choose the option for inputs that will not be published.",
    ),
    (
        "en",
        "C",
        "We are small organisation in the north of country helping the peoples coming by the sea. We send this report but we are asking you not to put it in the site of OHCHR, because police and the company can make problem for us.",
    ),
    (
        "en",
        "C",
        "I work in a visa application centre run by a private contractor and I have seen how applicants' fingerprints are handled. I'm sharing this in good faith, but it has to stay between me and the Working Group; nothing of it on the website, please.",
    ),
    (
        "en",
        "C",
        "The chaplaincy team asks that the attached reflections be treated as a private communication to the Working Group. They were shared with us in a pastoral setting and we could not see them posted on a public page.",
    ),
    (
        "en",
        "C",
        "¹ This submission is provided on a non-public basis. The authors do not consent to its posting on the OHCHR website or to its inclusion in any published collection of inputs.",
    ),
    (
        "en",
        "C",
        "I am the mother of a young man who died in the detention centre in 2022. I am sending you what I know. I do not want it published. I am not ready for our story to be out there.",
    ),
    (
        "en",
        "C",
        "Our supervisor has asked me to make clear that the case summaries in this submission were drawn from the clinic's client files. They may be read by the Working Group but cannot be released, quoted or posted in any form.",
    ),
    (
        "en",
        "C",
        "hello, this is from the detainee support group at the airport. we dont agree for our paper to be publsihed, its just for the working group to read. thank you for all your work",
    ),
    (
        "en",
        "C",
        "Meridian Gate Solutions Ltd submits this information without prejudice and for the Working Group's internal consideration only. We do not authorise its release on OHCHR's webpages or anywhere else.",
    ),
    # -- Portuguese ---------------------------------------------------------------------
    (
        "pt",
        "C",
        "A Defensoria Pública do Estado encaminha, em anexo, as informações solicitadas na convocatória. Solicita-se que o documento não seja divulgado no sítio do ACNUDH, uma vez que trata de processos ainda em curso.",
    ),
    (
        "pt",
        "C",
        "Sou irma de um rapaz que esta detido no centro de Santo Amaro. Escrevo porque ninguem nos ouve, mas peço que esta carta nao apareça na internet, tenho medo pelo meu irmao.",
    ),
    (
        "pt",
        "C",
        "Enviamos o relatório da nossa associação sobre as escoltas nos voos de deportação. Por favor não o publiquem: é só para o conhecimento do Grupo de Trabalho.",
    ),
    (
        "pt",
        "C",
        "O Sindicato dos Vigilantes decidiu, em assembleia, remeter este depoimento ao Grupo de Trabalho, com a condição de que não seja tornado público em hipótese alguma.",
    ),
    (
        "pt",
        "C",
        "Na qualidade de advogada de três ex-detidos, informo que os documentos anexos estão sob segredo de justiça e não podem ser publicados pelo ACNUDH.",
    ),
    (
        "pt",
        "C",
        "trabalhei como vigilante no aeroporto e vi muita coisa. mando isto mas nao quero que seja publicado de jeito nenhum, nem mesmo sem o meu nome.",
    ),
    (
        "pt",
        "C",
        "O Ministério das Relações Exteriores agradece o convite e encaminha a contribuição do Governo, que se destina exclusivamente ao uso interno do Grupo de Trabalho e não deverá constar da página da consulta.",
    ),
    (
        "pt",
        "C",
        "Conforme previsto no formulário da convocatória, marcamos a opção de não publicar. O texto serve apenas para informar os membros do Grupo de Trabalho.",
    ),
]

# (language, label, text): the input may go up, but not with the submitter's name.
ANONYMOUS = [
    # -- English ------------------------------------------------------------------------
    (
        "en",
        "A",
        "The content can go up, the letterhead can't. We're a small legal aid office in a border town and the contractor's staff know every one of us by name.",
    ),
    (
        "en",
        "A",
        "Please credit this to 'a network of immigration lawyers' rather than to any of us individually - several of us still have clients inside the Eastgate facility.",
    ),
    (
        "en",
        "A",
        "I'm happy for you to use and publish what I've written, but anonymously please. My employer must not find out this was me, so my name and job title need to come off.",
    ),
    (
        "en",
        "A",
        "We are content for the submission to be posted, but would ask that our association be left out of the list of contributors; we depend on the operator's goodwill to keep our visiting rights.",
    ),
    (
        "en",
        "A",
        "use my initials only (R.K.) if you need to put something. the rest can be published as it is.",
    ),
    (
        "en",
        "A",
        "We'd rather stay in the background on this one. Post the text by all means, just without the Foundation's name or logo on it.",
    ),
    (
        "en",
        "A",
        "I've been a detention custody officer for six years. Publish whatever helps, but nobody should be able to tell which centre I work in or which shift I'm on - there are only eleven of us on nights.",
    ),
    (
        "en",
        "A",
        "The attached input was prepared by staff of the city's migrant support unit. It may be posted on the website, but we ask that it be attributed to 'a local authority in a border region' and not to the municipality by name, given our ongoing negotiations with the operator.",
    ),
    (
        "en",
        "A",
        "Thank you for your question. Yes, the submission may be published, but anonymously please - my visa renewal is pending and I can't risk my name being linked to criticism of the contractor.",
    ),
    (
        "en",
        "A",
        "I am the sister of a man who is still held at the Larchmoor centre. You can put this letter on the website if it helps others, but please keep it anonymous: take out my name and his, and the name of our town.",
    ),
    (
        "en",
        "A",
        "Fine to publish. But I'd ask you to anonymise it fully: strip my name, the dates I was employed and the name of the site, because the company will work out who I am from those.",
    ),
    (
        "en",
        "A",
        "The union is happy for the evidence to go on the website, but please remove the branch secretary's signature and contact details so that she stays anonymous - she has already been warned once by management.",
    ),
    (
        "en",
        "A",
        "You may publish this under the description 'an investigative journalist working in the region'. I'd prefer to stay anonymous, as I still need access to the sites.",
    ),
    (
        "en",
        "A",
        "The paper may be published. As it draws on interviews with serving staff, I'd ask that it appear anonymously, without my name or my university's, so that my informants cannot be traced through me.",
    ),
    (
        "en",
        "A",
        "My client is content for his account to go up on the website, so long as he can't be recognised from it. Please refer to him only as 'a former detainee' and leave out the dates and the flight number, which would point straight to him.",
    ),
    (
        "en",
        "A",
        "I'm writing in a personal capacity, not for the company. Post it if it's useful, but keep it anonymous - no name, no title and no company name. I would lose my job.",
    ),
    (
        "en",
        "A",
        "(translated from Tigrinya) The elders agree that their words can be put on the website. They ask that no names are written, not theirs and not the name of the church where they meet.",
    ),
    (
        "en",
        "A",
        "Thanks again, and good luck with the report. P.S. If this ends up online, could it go up without my name? Just 'a volunteer visitor' would be fine.",
    ),
    (
        "en",
        "A",
        "Best wishes,\nMaria\n(please don't put my surname or the charity's name on anything that goes up - the text itself is fine to use)",
    ),
    (
        "en",
        "A",
        "I am agree that you publish our report. Only please not to write the name of our organisation, because we are register in this country and the government can close us. We prefer to be anonimous.",
    ),
    (
        "en",
        "A",
        "* The authors request that this submission be published anonymously. Their names and affiliations are known to the Secretariat and should not appear on the website.",
    ),
    (
        "en",
        "A",
        "Re: publication of our input - yes you can publish it, but as an anonymous submission please. We discussed this on the phone with your colleague last week.",
    ),
    (
        "en",
        "A",
        "We would be grateful if the Secretariat could publish the present contribution on an anonymous basis, without identifying the organisation, its staff or its location, for reasons related to the safety of our field team.",
    ),
    (
        "en",
        "A",
        "We would ask that our submission be treated as anonymous: it can be published, but not with our name attached. Staff at two of our partner shelters have received threats this year.",
    ),
    (
        "en",
        "A",
        "I'm a nurse placed by an agency in the holding rooms at the port. I'm OK with this going up on your site as long as it's anonymous; the agency has a social media policy and I'm on a zero-hours contract.",
    ),
    (
        "en",
        "A",
        "my husband was deported last year on the escort flight. you can publish what i wrote, but without my name please, i still live here and my papers are not finished",
    ),
    (
        "en",
        "A",
        "The coalition is happy for the submission to be published. Please list it as coming from 'a coalition of civil society organisations' and do not name the member organisations individually.",
    ),
    (
        "en",
        "A",
        "Our legal team has advised that the submission may be made public in anonymised form only. Please remove the organisation's name from the cover page and the footer before it is posted.",
    ),
    (
        "en",
        "A",
        "Confidentiality of the author: requested. Confidentiality of the content: not requested. The text may be posted as it stands once my name has been removed.",
    ),
    (
        "en",
        "A",
        "Please could you publish this without my name, I would like to stay anonymous because I have a asylum appeal pending and the hearing is soon.",
    ),
    (
        "en",
        "A",
        "We do not mind the submission being published. What we do mind is our logo, our address and our caseworkers' names being on it, so please post a version without them - we can send one if that is easier.",
    ),
    # -- Portuguese ---------------------------------------------------------------------
    (
        "pt",
        "A",
        "Podem publicar a contribuição, mas sem o nome da nossa associação nem o logotipo. Dependemos da autorização da empresa para entrar no centro.",
    ),
    (
        "pt",
        "A",
        "Sou ex-vigilante de um centro de detenção no aeroporto. Aceito que publiquem, desde que de forma anônima; ainda trabalho na área e tenho família.",
    ),
    (
        "pt",
        "A",
        "Por razões de segurança da equipa, pedimos que o documento seja publicado como contribuição anónima, sem qualquer referência à autora.",
    ),
    (
        "pt",
        "A",
        "pode publicar sim, mas so com as iniciais, M.S., por favor. meu filho ainda esta esperando a decisao do recurso.",
    ),
    (
        "pt",
        "A",
        "O texto pode ir para o site. Pedimos apenas que seja atribuído a 'uma rede de defensoras de direitos humanos na fronteira norte', sem o nome das organizações que a compõem.",
    ),
    (
        "pt",
        "A",
        "Autorizamos a publicação, desde que seja preservado o anonimato da entidade e dos seus membros.",
    ),
    (
        "pt",
        "A",
        "Sou jornalista e escrevo com base em apurações próprias. Podem publicar o texto, mas peço que não constem o meu nome nem o veículo para o qual trabalho.",
    ),
    (
        "pt",
        "A",
        "Conforme conversámos por telefone, o documento pode ser divulgado, mas de forma anónima: retirem por favor o cabeçalho e a assinatura.",
    ),
    (
        "pt",
        "A",
        "A nossa clínica jurídica autoriza a publicação; contudo, o nome da clínica e os das estudantes que redigiram o texto devem ser omitidos, para não prejudicar o processo da nossa cliente.",
    ),
    (
        "pt",
        "A",
        "Nao me importo que o texto seja publicado, mas gostaria que o meu nome fosse mantido em sigilo, por causa do meu emprego.",
    ),
    (
        "pt",
        "A",
        "P.S.: Se for publicado, favor identificar apenas como 'contribuição de um pesquisador'. Prefiro não ser identificado por causa do meu visto de trabalho.",
    ),
]

# (language, label, text): the input may be published.
CONSENT = [
    # -- English ------------------------------------------------------------------------
    (
        "en",
        "P",
        "Please find attached the submission of the Border Justice Project. We consent to its publication on the OHCHR website, together with the annexed table of incidents.",
    ),
    (
        "en",
        "P",
        "Nothing in this submission is confidential and it may be shared freely. We'd be glad if it helped the Working Group's report.",
    ),
    (
        "en",
        "P",
        "The Permanent Mission of the Republic of Ostravia presents its compliments to the Office of the High Commissioner and has the honour to transmit the Government's reply to the questionnaire. The Government has no objection to the reply being made available on the website of the Office.",
    ),
    (
        "en",
        "P",
        "feel free to post it. people should know what goes on in the back of those vans on the way to the airport.",
    ),
    (
        "en",
        "P",
        "Please cite as: Northfield Refugee Law Centre, Submission to the UN Working Group on the use of mercenaries (2024). We're happy for it to appear on your website with our logo.",
    ),
    (
        "en",
        "P",
        "We would not object to publication - quite the opposite, we'd welcome it. A link to our website would be much appreciated.",
    ),
    (
        "en",
        "P",
        "Halvorsen Secure Logistics confirms that this response may be published in full. We have nothing to add to the policy documents already available on our own website.",
    ),
    (
        "en",
        "P",
        "The Commission's submission is a public document and may be published by OHCHR without restriction.",
    ),
    (
        "en",
        "P",
        "The article is already open access under CC BY 4.0, so there is no problem at all with you putting it on the website.",
    ),
    (
        "en",
        "P",
        "The union agrees to publication and would like the submission to be listed under its full name, the General Union of Security and Facility Workers.",
    ),
    (
        "en",
        "P",
        "yes you can put it on the site no problem. i want people to know what happend to us in that place",
    ),
    ("en", "P", "Re: publication - yes, that's fine by us, go ahead."),
    ("en", "P", "There is no part of this document that we would not want to see published."),
    (
        "en",
        "P",
        "All of this is already on the record through my reporting, so I have no reason to ask you to hold any of it back. Publish it as you see fit, with my name.",
    ),
    (
        "en",
        "P",
        "My client has read the submission and instructed me to confirm that it may be made public, including his name, which he has already given in open court.",
    ),
    (
        "en",
        "P",
        "The Ministry of Home Affairs authorises the publication of its contribution, as well as of the statistical annex.",
    ),
    # -- Portuguese ---------------------------------------------------------------------
    (
        "pt",
        "P",
        "Segue em anexo a contribuição do Observatório das Migrações do Sul. Autorizamos a sua publicação integral no sítio do ACNUDH.",
    ),
    (
        "pt",
        "P",
        "pode publicar, tudo bem. é pra isso que eu escrevi, pra ninguém passar pelo que a gente passou",
    ),
    (
        "pt",
        "P",
        "Não há nenhuma informação sigilosa neste documento; pode ser divulgado livremente, com a indicação da nossa entidade como autora.",
    ),
    (
        "pt",
        "P",
        "O Ministério do Interior informa que a sua resposta pode ser livremente divulgada pelo ACNUDH, juntamente com os quadros estatísticos.",
    ),
    (
        "pt",
        "P",
        "Ficaríamos muito felizes em ver o texto no site do ACNUDH. Se possível, acrescentem um link para a versão completa, que está na nossa página.",
    ),
]

# (language, label, text): a human must decide.
MIXED = [
    # -- English ------------------------------------------------------------------------
    (
        "en",
        "U",
        "We're launching our own report on 30 September and would like the submission to stay offline until that day; after it, it can go up.",
    ),
    (
        "en",
        "U",
        "Publication is subject to clearance by the Minister, which we expect before the end of the month. We will confirm in writing.",
    ),
    (
        "en",
        "U",
        "You can publish the main submission. The annex with the incident log should stay with the Working Group only.",
    ),
    (
        "en",
        "U",
        "Two of our trustees are uneasy about publication and the board meets on the 12th. I'll let you know what they decide.",
    ),
    (
        "en",
        "U",
        "Publish it unless the company starts legal action before your deadline - in that case please check with us first.",
    ),
    (
        "en",
        "U",
        "Our client would agree to publication only after the court rules on his appeal; the hearing is set for November.",
    ),
    (
        "en",
        "U",
        "Happy for it to go online. Actually, on reflection, hold off - let me speak to my colleagues and come back to you.",
    ),
    (
        "en",
        "U",
        "Please publish the text but not the photographs; I haven't got permission from everyone who is in them.",
    ),
    ("en", "U", "i dont know yet if its ok to publish. my lawyer will tell me next week"),
    # -- Portuguese ---------------------------------------------------------------------
    (
        "pt",
        "U",
        "Aguardamos o lançamento do nosso relatório nacional, marcado para 1 de dezembro; só a partir dessa data o texto poderá ser publicado.",
    ),
    (
        "pt",
        "U",
        "Autorizamos a publicação do resumo executivo; o anexo com os nomes dos agentes não deve ser divulgado.",
    ),
    (
        "pt",
        "U",
        "A direçao ainda nao decidiu sobre a publicaçao. Entraremos em contato assim que houver uma decisão.",
    ),
]

# (language, label, [question, answer]): a form, labelled by what the answer means.
FORMS = [
    # -- English ------------------------------------------------------------------------
    ("en", "C", ["May OHCHR publish your submission on its website?", "No - internal use only"]),
    (
        "en",
        "C",
        ["Your consent to publication", "[x] I do not consent to my submission being posted"],
    ),
    (
        "en",
        "A",
        [
            "Name to be displayed with the submission",
            "None, please list as 'a former custody officer'",
        ],
    ),
    (
        "en",
        "A",
        [
            "Display of your name or your organisation's name",
            "No - content only, no names please",
        ],
    ),
    ("en", "A", ["Attribution on the website", "Please attribute to: a network of lawyers"]),
    ("en", "P", ["I agree that my input may be made public on the OHCHR webpage", "[x] Yes"]),
    ("en", "P", ["Publication restrictions (if any)", "None"]),
    ("en", "U", ["Consent to publish on the call's webpage", "Please see the cover letter"]),
    ("en", "U", ["Consent to publication: Yes/No", "Yes for sections 1-3, no for section 4"]),
    # -- Portuguese ---------------------------------------------------------------------
    (
        "pt",
        "C",
        [
            "Podemos pôr a sua contribuição na página do ACNUDH?",
            "Prefiro que não. Só para o Grupo de Trabalho",
        ],
    ),
    ("pt", "A", ["Nome a constar na publicação", "Nenhum - publiquem só o texto"]),
    ("pt", "U", ["Publicação", "Sim, mas só depois de 30/11 (lançamento do nosso relatório)"]),
]
