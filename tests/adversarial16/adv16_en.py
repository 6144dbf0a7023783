# ruff: noqa: E501 - the sentences are data, kept one to a line
"""The sixteenth collection's statements in English and Portuguese, written by hand without
reading the rules. Each entry is (language, label, text); FORMS holds a form's question
and answer lines, labelled by what the answer means.

Labels: C must not be published; A may be published without the submitter's name;
P may be published; U a human must decide."""

from __future__ import annotations

# (language, label, text): a request that the input, or a part of it, stay off the page.
REFUSALS = [
    # -- English ------------------------------------------------------------------------
    (
        "en",
        "C",
        "No one in our coalition, after the raid on the Harrowgate shelter last spring and the questions the border police then put to our volunteers about who had been talking to foreigners, thinks it wise to let this report travel beyond the Working Group.",
    ),
    (
        "en",
        "C",
        "We are a little uneasy about this paper going round. It was written from notes taken in the visiting room, and the operator keeps a log of who visits whom; if it could stay with the experts we would all sleep better.",
    ),
    (
        "en",
        "C",
        "Background only, please. Nothing in this note should be quoted or attributed, even in paraphrase, in the thematic report or in any press material around it.",
    ),
    (
        "en",
        "C",
        "For your eyes only. The enclosed shift rota was photographed on a guard's phone in the control room at Ferrybank and there are only three people who could have taken it.",
    ),
    (
        "en",
        "C",
        "Same arrangement as our 2021 submission on the Tallow Point removal centre, please: the members may read and use it, but it stays in the file.",
    ),
    (
        "en",
        "C",
        "As agreed on the phone with Mr Deverell of the Secretariat on 12 March, the attached incident log is sent on the conditions set out in my cover letter, namely that it is not put online and not passed to the States concerned.",
    ),
    (
        "en",
        "C",
        "Per our board's policy on material obtained from people in detention, this submission may not be posted, forwarded or excerpted anywhere outside the Working Group.",
    ),
    (
        "en",
        "C",
        "I write for my client, Ms R., who was escorted on the charter flight of 3 February. She has asked me to make clear that her account is not to go to the Government, to the airline or to the escort contractor, and that she does not want it on any web page.",
    ),
    (
        "en",
        "C",
        "On behalf of the forty-two cleaners and kitchen staff our branch represents at the Marlow Heath centre: none of them agreed, when they gave us these accounts, to anything being printed or posted, and we cannot agree to it for them.",
    ),
    ("en", "C", "RESTRICTED // WGMERC DISTRIBUTION ONLY // DO NOT FORWARD"),
    ("en", "C", "Watermark on every page of the attachment: INTERNAL USE - NOT FOR DISTRIBUTION"),
    (
        "en",
        "C",
        "PS the photos of the cell block are just so you can see what its like in there. please dont put them anywhere, the man who took them is still working on that wing",
    ),
    (
        "en",
        "C",
        "¹ The figures in this table come from an internal audit that was never released; they are given to the Working Group on the understanding that they will not be reproduced or cited.",
    ),
    (
        "en",
        "C",
        "Nobody except the five members of the Working Group and the staff who support them should see the witness statements, the medical reports or the photographs in this file.",
    ),
    (
        "en",
        "C",
        "I'd much rather this wasn't shared with the company. Honestly, I'd rather it wasn't shared with anyone at all - I'm still on their payroll until the end of the year.",
    ),
    (
        "en",
        "C",
        "Is there a way to send you this without it ending up online? If not, please just read it and then delete it.",
    ),
    (
        "en",
        "C",
        "This note is a courtesy to the Working Group ahead of the session. It is not an input to the call and should not be listed, posted or quoted as one.",
    ),
    (
        "en",
        "C",
        "None of the families who trusted us with their letters expects to find them on the internet one day, and we will not be the ones who break that trust.",
    ),
    (
        "en",
        "C",
        "Please don't circulate this to the States. Or to anyone, really - the officials we mention in part two would know at once who talked to us.",
    ),
    (
        "en",
        "C",
        "The spreadsheet stays with you. Its rows match case numbers at the immigration tribunal, and anyone with a little patience could put names to them.",
    ),
    (
        "en",
        "C",
        "Our legal department asks us to add the following: the enclosed correspondence with the border agency is privileged and is disclosed to the Working Group solely for the purposes of this call, without waiver and for no onward use.",
    ),
    (
        "en",
        "C",
        "my brother is still in the deportation centre and im writing because he cant. I dont want what I wrote to go on the internet, if they find it they will make it more hard for him",
    ),
    (
        "en",
        "C",
        "We would ask that neither this letter nor the three annexes that go with it, including the spreadsheet of flight dates and escort numbers we put together over eighteen months from court files and the accounts of returned persons, be published.",
    ),
    (
        "en",
        "C",
        "Rather than publishing our report alongside the other inputs, we would ask the Working Group to draw on it in its own analysis without reproducing or attributing a single passage.",
    ),
    (
        "en",
        "C",
        "It would be safer for everyone at the centre if this submission did not appear on the OHCHR website. Staff there have been told to report any contact with 'outside bodies' to management.",
    ),
    (
        "en",
        "C",
        "Would it be possible to treat this like confidential communication? I am interpretor on removal flights and we are only four covering the West African routes.",
    ),
    (
        "en",
        "C",
        "We trust you will understand that, with the tender for the new detention contract under way, the Ministry is unable to allow its reply to be made public.",
    ),
    (
        "en",
        "C",
        "Please note that the Company's response is shared with the Working Group in confidence and is not to be forwarded to the complainants, to the host State or to any other company.",
    ),
    (
        "en",
        "C",
        "The points below were made at our closed roundtable with former escort officers under the Chatham House Rule. We pass them on to you on the understanding that they will not be published, quoted or attributed.",
    ),
    (
        "en",
        "C",
        "Off the record: the contract value in paragraph 9 came from someone in the procurement office. It must not appear in anything public.",
    ),
    (
        "en",
        "C",
        "The English translation was made by our volunteers for your convenience only; neither it nor the Arabic original is to be published or sent to anyone outside the Working Group.",
    ),
    (
        "en",
        "C",
        "We kindly ask that the present document - which draws on forty interviews held in the visiting hall at Greyhaven between March and September with men who are, for the most part, still detained there - be kept confidential.",
    ),
    (
        "en",
        "C",
        "Our ethics approval (ref. UREC-2023-114) allows the interview material to be shared with the Working Group as a named recipient and with no one else; it does not cover publication in any form.",
    ),
    (
        "en",
        "C",
        "The Commission's visit reports are sent to oversight bodies under section 22 of its founding Act and may not be made public by those who receive them. This one is no exception.",
    ),
    (
        "en",
        "C",
        "The Government of the Republic of Castellane provides the information below for the Working Group's use in preparing its report and does not consent to its publication or to its transmission to other States.",
    ),
    (
        "en",
        "C",
        "NOT FOR PUBLICATION - Input to the UN Working Group on mercenaries - PMSCs in border management",
    ),
    (
        "en",
        "C",
        "We would prefer the Working Group not to publish any of the material on the fingerprinting contractor, whether in full, in extracts or as a summary credited to us.",
    ),
    (
        "en",
        "C",
        "this is only for the experts, not for put on the website. the company that runs the visa centre is very big and I have a family here",
    ),
    (
        "en",
        "C",
        "Commercial in confidence - Argent Perimeter Services Ltd - prepared for the UN Working Group at its request",
    ),
    (
        "en",
        "C",
        "Please keep the whole thing inside the Working Group. The guards and the two interpreters described in section 4 have no idea it exists, and it has to stay that way.",
    ),
    # -- Portuguese ---------------------------------------------------------------------
    (
        "pt",
        "C",
        "Ninguém na nossa rede, depois do que aconteceu com os voluntários que denunciaram as condições no centro de Vila Serrana, acha prudente que este relatório circule para além do Grupo de Trabalho.",
    ),
    (
        "pt",
        "C",
        "Seria mais seguro para as familias se este texto ficasse so com os peritos. Os guardas anotam quem recebe visitas e de quem.",
    ),
    (
        "pt",
        "C",
        "Apenas para conhecimento do Grupo de Trabalho. Não citar, não reencaminhar, não traduzir.",
    ),
    (
        "pt",
        "C",
        "Escrevo em nome do meu cliente, o Sr. D., que foi escoltado no voo de 14 de março. Ele pede que o seu depoimento não seja enviado ao governo nem à empresa de escolta, e que não seja divulgado de forma alguma.",
    ),
    (
        "pt",
        "C",
        "Documento interno do Sindicato dos Vigilantes - proibida a reprodução ou circulação",
    ),
    (
        "pt",
        "C",
        "p.s. as fotos sao so pra vocês verem como é la dentro, por favor nao mostrem pra ninguem, quem tirou ainda trabalha no centro",
    ),
    (
        "pt",
        "C",
        "Nenhuma das pessoas entrevistadas, e fizemos questão de explicar isso a cada uma delas antes de ligar o gravador, aceitou que as suas palavras fossem parar na internet.",
    ),
    (
        "pt",
        "C",
        "Pedimos que esta contribuição seja tratada como confidencial e não seja publicada no site do ACNUDH, tendo em conta o processo judicial em curso contra a empresa de segurança.",
    ),
    (
        "pt",
        "C",
        "Conforme combinado por telefone com o Secretariado, o anexo com os dados dos voos não deve ser publicado nem partilhado com os Estados.",
    ),
    (
        "pt",
        "C",
        "O Ministério agradece a oportunidade de contribuir, mas não autoriza a publicação da presente resposta, que contém informação sobre contratos ainda em negociação.",
    ),
    (
        "pt",
        "C",
        "Gostaríamos que, em vez de publicar o nosso documento junto com os outros, o Grupo de Trabalho o usasse apenas como informação de fundo, sem citações.",
    ),
    ("pt", "C", "CONFIDENCIAL - uso exclusivo do Grupo de Trabalho e do Secretariado"),
    (
        "pt",
        "C",
        "a gente prefere que isso nao fique publico, meu irmao ainda esta preso la e os segurança da empresa leem tudo",
    ),
    (
        "pt",
        "C",
        "Nota de rodapé: os números deste quadro vêm de uma auditoria interna que nunca foi tornada pública e não devem ser reproduzidos.",
    ),
]

# (language, label, text): a request to be published without a name.
ANONYMOUS = [
    # -- English ------------------------------------------------------------------------
    (
        "en",
        "A",
        "You may post our input, but please credit it only to 'a migrant support group in the south of the country' - the border town is small and the guards shop where we do.",
    ),
    (
        "en",
        "A",
        "happy for this to go on the website, just leave of my signature, my job title and the airport where i work",
    ),
    (
        "en",
        "A",
        "For the interpreters who contributed to this report: it can go up, provided none of them can be identified, whether directly or from the shifts and routes described.",
    ),
    (
        "en",
        "A",
        "We'd be grateful if the submission went up without our logo or letterhead. Publishing the content is fine; being seen as its authors is not, while our caseworkers still go into the centre every week.",
    ),
    (
        "en",
        "A",
        "Is fine to publish. Please remove the names of the two guards in paragraph 7 and the interpreter in paragraph 11, and call them 'Officer A', 'Officer B' and 'the interpreter'.",
    ),
    (
        "en",
        "A",
        "Nobody at the Alderbrook centre, where my husband has now been held for seven months, should be able to tell from the posted version who sent it. Put the text up, but not who we are.",
    ),
    (
        "en",
        "A",
        "We are small association of families of deported people and we are glad for contribute. It would be safer for us if the version on your page did not say which association it came from.",
    ),
    (
        "en",
        "A",
        "Our client consents to the publication of her statement, but without her name, nationality or date of arrival, any of which would identify her to the staff at the centre.",
    ),
    ("en", "A", "To be posted anonymously - author details withheld at the author's request"),
    ("en", "A", "Name withheld (former detention custody officer, Blackwater Lane IRC)"),
    (
        "en",
        "A",
        "Could you put it up as coming from 'a trade union representing security staff'? Our members could lose their licences if the union were identified.",
    ),
    (
        "en",
        "A",
        "The Ministry is content for its reply to be published. It asks, however, that officials be referred to by their function rather than by name throughout.",
    ),
    (
        "en",
        "A",
        "Please don't attribute this to me in the compilation. It's fine to use and post it, just as 'a lawyer practising before the asylum tribunal'.",
    ),
    (
        "en",
        "A",
        "I'm happy for it to be on your site as long as it can't be traced back to me: no email address, no phone number, nothing left in the file properties.",
    ),
    (
        "en",
        "A",
        "The Commission consents to publication of its submission. The complainants whose cases are summarised in Annex 2 have been given codes (C-01 to C-14) and must not be named in any version.",
    ),
    (
        "en",
        "A",
        "Publish it, by all means, but keep our sources unnamed: the officers who spoke to us appear only as 'a serving guard', and that is how they must stay.",
    ),
    ("en", "A", "Anonymous input - may be posted"),
    (
        "en",
        "A",
        "Please publish without identifying our organisation. We run the only legal clinic inside the Fernhill centre and the operator could end our access any day.",
    ),
    (
        "en",
        "A",
        "i want my story to be read but not with my name or my country, the people who deported me they have the adress of my family",
    ),
    (
        "en",
        "A",
        "It is fine with us to have this contribution online, provided it appears as anonymous and the footer with our charity registration number is cut.",
    ),
    (
        "en",
        "A",
        "In the version that goes up, please replace our details with 'a civil society organisation' and take the staff list out of Annex 1; everything else can stay as it is.",
    ),
    (
        "en",
        "A",
        "If it is put up, please use 'anon.' in place of my name. The security firm I discribe is also my landlord.",
    ),
    # -- Portuguese ---------------------------------------------------------------------
    (
        "pt",
        "A",
        "Pode publicar, mas sem indicar de onde veio: somos a única associação que trabalha no aeroporto e a empresa saberia logo.",
    ),
    (
        "pt",
        "A",
        "Autorizamos a divulgação, desde que não seja possível identificar os trabalhadores que nos deram as informações, nem pelo turno nem pelo posto.",
    ),
    (
        "pt",
        "A",
        "Pelas famílias que representamos: o texto pode ir para a página, só pedimos que a assinatura e o logotipo da associação sejam retirados.",
    ),
    (
        "pt",
        "A",
        "Podem colocar no site como contribuicao de 'uma organização da sociedade civil da região', sem mais detalhes.",
    ),
    (
        "pt",
        "A",
        "Pode ser publicado, mas de forma anônima, por favor. Ainda dependo do visto que a empresa processa.",
    ),
    (
        "pt",
        "A",
        "Concordo com a publicação do meu relato sem o meu nome. O meu processo de residência ainda está em andamento.",
    ),
    (
        "pt",
        "A",
        "Sem problema em publicar, desde que os nomes dos intérpretes e dos agentes citados sejam apagados.",
    ),
    (
        "pt",
        "A",
        "publiquem sim mas sem meu nome por favor, trabalho pra empresa das impressões digitais ainda",
    ),
]

# (language, label, text): consent, plain or with a harmless condition.
CONSENT = [
    # -- English ------------------------------------------------------------------------
    (
        "en",
        "P",
        "No one in our network has any objection to this submission appearing on the OHCHR website, with our name and logo.",
    ),
    (
        "en",
        "P",
        "We'd rather it were read than left in a drawer - please put it up with the others and credit the Northgate Detention Visitors' Group.",
    ),
    (
        "en",
        "P",
        "Feel free to quote, cite and translate any part of it; we would appreciate a link to the full report on our own site.",
    ),
    (
        "en",
        "P",
        "Same arrangement as our 2021 submission, please - that one went up on your page under our name and that suited us well.",
    ),
    (
        "en",
        "P",
        "As discussed on the phone with the Secretariat, this version (the one without tracked changes) is the one to post.",
    ),
    (
        "en",
        "P",
        "Under our board's policy, everything we send to UN mechanisms is a public document, and this input is no exception.",
    ),
    ("en", "P", "© Ribeiro-Hale Institute 2024 - may be reproduced with attribution"),
    (
        "en",
        "P",
        "Writing for my mother, who doesn't use e-mail: she would like her letter about my father's deportation to be read by as many people as possible, with her full name on it.",
    ),
    (
        "en",
        "P",
        "The Ministry has reviewed the whole text and is not asking for any part of it to be withheld from the Working Group's webpage.",
    ),
    (
        "en",
        "P",
        "Of course you can share it with the company - we sent them a copy ourselves last week - and it can go on the website too.",
    ),
    (
        "en",
        "P",
        "There is nothing in here that cannot be published; the officials mentioned in Annex 3 all gave evidence in open court.",
    ),
    (
        "en",
        "P",
        "Would it be possible to have it online before the October session? We'd like to point our members to it.",
    ),
    ("en", "P", "yes you can put it on the site. thank you for asking us"),
    (
        "en",
        "P",
        "Unlike our last input, which was for the Working Group only, this one may be posted in full, with our name.",
    ),
    # -- Portuguese ---------------------------------------------------------------------
    (
        "pt",
        "P",
        "Ninguém aqui se opõe à publicação; pelo contrário, queremos que o relatório seja lido pelo maior número possível de pessoas.",
    ),
    (
        "pt",
        "P",
        "Podem citar, traduzir e publicar à vontade, pedimos apenas que mencionem a Rede Cais Aberto como autora.",
    ),
    (
        "pt",
        "P",
        "Tal como na nossa contribuição de 2022, o texto pode ir para o site na íntegra, com o nome da organização.",
    ),
    ("pt", "P", "Sim, pode pôr na página do Grupo de Trabalho. Obrigada pela atenção."),
]

# (language, label, text): a human must decide.
MIXED = [
    # -- English ------------------------------------------------------------------------
    (
        "en",
        "U",
        "Our press team would like this kept back until the launch of our own report on 15 November. From then on, it can go up with the other inputs.",
    ),
    (
        "en",
        "U",
        "Two of my colleagues think we should be credited and the third thinks it's too risky. Can I come back to you on the name question next week?",
    ),
    (
        "en",
        "U",
        "The main text may be published. The annexes depend on what the families tell us when we see them on Saturday.",
    ),
    (
        "en",
        "U",
        "Publication is subject to the conditions set out in the consent form attached to this e-mail.",
    ),
    (
        "en",
        "U",
        "Pending clearance by the Legal Adviser's office, please treat this text as a draft. We will confirm whether it may be released.",
    ),
    (
        "en",
        "U",
        "We promised the operator a right of reply before anything goes out. If they raise an objection we'd like to talk again; if not, go ahead and publish.",
    ),
    (
        "en",
        "U",
        "Fine to post, though on second thoughts maybe hold off on section 5 - let me check with the lawyer who drafted it.",
    ),
    (
        "en",
        "U",
        "The summary can be quoted in the report; whether the full text goes on the website is for our director to decide when she is back on the 20th.",
    ),
    ("en", "U", "ok to publish i think, but my wife says no, so maybe wait"),
    # -- Portuguese ---------------------------------------------------------------------
    (
        "pt",
        "U",
        "Só depois de 30 de setembro, quando a sentença for lida; antes disso, por favor, não publiquem nada.",
    ),
    (
        "pt",
        "U",
        "A diretoria ainda não decidiu se o texto pode ser publicado. Enviamos agora só para cumprir o prazo.",
    ),
    (
        "pt",
        "U",
        "Podem publicar o corpo do relatório; as fotografias do anexo ficam em suspenso até falarmos com o fotógrafo, que está fora até dia 10.",
    ),
]

# (language, label, [question, answer]): a form, labelled by what its answer means.
FORMS = [
    # -- English ------------------------------------------------------------------------
    (
        "en",
        "C",
        [
            "Does your input contain information that should not be disclosed? If so, please specify.",
            "All of it - please keep the whole document within the WG",
        ],
    ),
    (
        "en",
        "A",
        [
            "Submitter (as it should appear online)",
            "none - 'a detention monitoring volunteer' is fine",
        ],
    ),
    ("en", "P", ["Any restrictions on the use of this submission?", "None."]),
    (
        "en",
        "U",
        [
            "Consent to publication",
            "sections 1 to 3 yes - section 4 we must first ask our partner in the field",
        ],
    ),
    (
        "en",
        "U",
        [
            "Q7. Can your submission be made available on the OHCHR webpage? (Yes / No / Yes, without attribution)",
            "See our covering letter of 2 May.",
        ],
    ),
    # -- Portuguese ---------------------------------------------------------------------
    ("pt", "U", ["Autoriza a divulgação da sua contribuição?", "Conforme a carta de apresentação"]),
]
