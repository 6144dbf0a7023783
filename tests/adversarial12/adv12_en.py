# ruff: noqa: E501 - the sentences are data, kept one to a line
"""The twelfth collection's statements in English and Portuguese, written by hand without
reading the rules, as the mail of one season from sixty-odd different writers: the
passages of their letters, notes verbales, cover e-mails, replies, postscripts and forms
that carry what they want done about publication. Each entry is (language, label, text);
FORMS holds a form's question and answer lines, labelled by what the answer means.

Labels: C must not be published; A may be published without the submitter's name;
P may be published; U a human must decide."""

from __future__ import annotations

# (language, label, text): a request that the input stay off the page.
REFUSALS = [
    # -- English ------------------------------------------------------------------------
    (
        "en",
        "C",
        "The Permanent Mission of the Republic of Varesta to the United Nations Office at Geneva presents its compliments to the Secretariat of the Working Group on the use of mercenaries and has the honour to forward the replies of the Ministry of Home Affairs to the questionnaire. The replies are transmitted for the Working Group's own use, and the Mission requests that they not appear on the OHCHR website.",
    ),
    (
        "en",
        "C",
        "Legal Adviser's note. The attached memorandum sets out the contractual framework of the Department's detention and escort services, including clauses that are still being renegotiated with the provider. The Department asks that the memorandum be treated as a restricted document and kept off the webpage of the call.",
    ),
    (
        "en",
        "C",
        "Dear colleagues, further to our telephone conversation this morning, please find attached my Government's contribution. As I mentioned, capital has asked that it be handled as a confidential document and not be included among the inputs posted online. With kind regards, Tomas Ilvane, Third Secretary",
    ),
    (
        "en",
        "C",
        "I run a small drop-in centre in Carrow Bridge, it's just me and two volunteers on Tuesdays and Fridays. Most of what I've written comes from men who were picked up at the ferry port and taken to the holding rooms run by Westgate Custodial. Please don't put this on your website: everyone here knows who I am and who I help.",
    ),
    (
        "en",
        "C",
        "On behalf of the Border Accountability Coalition (17 member organisations) I attach our joint submission. Several members have staff working on the frontier, and at our last coordination call it was agreed that the submission is for the Working Group only and should not be published.",
    ),
    (
        "en",
        "C",
        "I'm a second-year student at the Immigration Law Clinic of Hallorin University, and this submission was prepared under the supervision of Professor Ada Menkes. Because the case files we drew on are client material, Professor Menkes has asked me to say clearly that the document cannot be published.",
    ),
    (
        "en",
        "C",
        "my brother is still inside the centre near the motorway and the guards already know he talked to a lawyer. please this letter is only for you to read, nobody else, if they see it he will have problems. thank you for what you do",
    ),
    (
        "en",
        "C",
        "As Group Compliance Officer of Tarnwell Security Solutions I enclose our response to questions 3 to 7. The response refers to client contracts covered by non-disclosure obligations; we therefore submit it in confidence and do not consent to its publication in whole or in part.",
    ),
    (
        "en",
        "C",
        "I've been covering the escort contracts as a freelance reporter for two years. What I'm sending includes material from sources I've promised to protect, so I'm sharing it on the understanding that it stays with the Working Group and isn't put online or quoted.",
    ),
    (
        "en",
        "C",
        "I worked eleven years as a detention custody officer, first for the state and then for the company when they took the contract over. I'm retired now but my pension still comes through them. I would rather this stayed between me and the Working Group.",
    ),
    (
        "en",
        "C",
        "The Office of the Bishop of Saint Aldric transmits the enclosed account prepared by the chaplains who visit the removal centre each week. Their access depends on the goodwill of the operator, and the Bishop has asked that the account be received in confidence.",
    ),
    (
        "en",
        "C",
        "Practical points:\n- the submission comes from the union's national executive;\n- members are quoted by job role only, but on some shifts the roles are few enough to identify them;\n- we are therefore asking that it NOT be published on the website.",
    ),
    (
        "en",
        "C",
        "The Office of the Ombudsperson is bound by statutory secrecy provisions concerning the complaints it receives. The enclosed statistical overview is provided to assist the Working Group in preparing its report but may not be made public.",
    ),
    (
        "en",
        "C",
        "Writing from my sabbatical, so apologies for the brevity. The attached draft chapter is under review with a journal and I can't have it circulating before it comes out, so please use it for your own background reading and don't post it anywhere.",
    ),
    (
        "en",
        "C",
        "Re: your question about publication - no, I'm afraid not. The submission relies on documents disclosed in proceedings before the High Court under an undertaking that they would be used for no other purpose, and publishing them would put me in breach of it.",
    ),
    (
        "en",
        "C",
        "The National Human Rights Commission submits the enclosed report in its capacity as national preventive mechanism. Under section 21 of the Commission's founding Act, visit reports are shared with the authorities concerned and no one else, and the Commission therefore asks that the report be withheld from the website and not circulated further.",
    ),
    (
        "en",
        "C",
        "We opt for the non-public option offered in the call. The reason is simple: our organisation is registered in a country where contact with UN mechanisms has already led to two prosecutions of activists.",
    ),
    (
        "en",
        "C",
        "We look forward to reading the Working Group's report to the Human Rights Council. PS - I forgot to say in the letter itself: this is not for publication, it's a private communication to the Group.",
    ),
    (
        "en",
        "C",
        "¹ This submission is provided in confidence. The figures in Table 2 were obtained from the operator under a data-sharing agreement that prohibits their onward disclosure, and the narrative sections cannot be separated from them.",
    ),
    (
        "en",
        "C",
        "Dear Sirs, we are a small association of migrants from West Africa living in the city. We write this with help of a volunteer teacher. We do not agree that our letter is put on the site of the United Nations, it is for the Working Group only, because most of our members have no papers.",
    ),
    (
        "en",
        "C",
        "Kestrel Aviation Services provides charter aircraft for removal flights under a framework agreement with the interior ministry. We have answered the Working Group's questions in good faith; the answers contain pricing and crew information and are submitted strictly confidentially.",
    ),
    (
        "en",
        "C",
        "Please keep my letter to yourselves. I'm still waiting for a decision on my case and I don't want anything with my story in it to be online while I wait.",
    ),
    (
        "en",
        "C",
        "For the avoidance of doubt, this is not a request for anonymity. We do not want the submission posted at all, with or without our name on it.",
    ),
    (
        "en",
        "C",
        "The data in sections 2 to 5 were collected under ethics protocol HREC-2022-114, which allows their use in confidential communications to oversight bodies but not in any public-facing document. We would ask you to treat the entire submission accordingly.",
    ),
    (
        "en",
        "C",
        "this is sent for information only and is not to be placed on the ohchr site. thanks for all your work on this, mira (volunteer, Eastfield Visitors Group)",
    ),
    (
        "en",
        "C",
        "Medics for Detainees is sending the attached clinical observations from our visits to Harwick Immigration Removal Centre. They describe individual patients and are covered by medical secrecy, so they are for the Working Group's eyes only.",
    ),
    (
        "en",
        "C",
        "Re: Publication of inputs - Thanks for your e-mail. After discussing it with our trustees we'd prefer our contribution not to be made public. I'm happy to talk it through by phone if that would help.",
    ),
    (
        "en",
        "C",
        "The Directorate-General for Migration wishes to inform the Secretariat that the information provided in reply to the questionnaire is intended exclusively for the preparation of the Working Group's thematic report and is not to be disseminated.",
    ),
    (
        "en",
        "C",
        "Please do not publsh this submision. It has details of my clients case which is not finished in the court yet and the other side will use anything they can find.",
    ),
    (
        "en",
        "C",
        "Our organisation sends its input to the call with thanks. We are kindly asking that the input remains confidentially with the Working Group and it is not going to the website, due to the security of our field team.",
    ),
    (
        "en",
        "C",
        "I'm still employed by the company that runs the visa application centres, so if this gets out with anything that points to me I lose my job, and probably worse. It's for you, not for the website.",
    ),
    (
        "en",
        "C",
        "Frontline Migrant Defence submits the enclosed briefing. It names detention staff against whom complaints are still pending before the prison and probation ombudsman; we therefore request that the document be kept confidential and not be posted.",
    ),
    (
        "en",
        "C",
        "As an independent monitor on removal flights I signed an undertaking not to disclose my observations outside the monitoring body. I'm sharing these notes with the Working Group in confidence and would ask that they go no further.",
    ),
    (
        "en",
        "C",
        "Best regards,\nDr Helen Okoro-Vance\nCentre for Borders and Law, Dunmere University\n\nNot for publication.",
    ),
    (
        "en",
        "C",
        "The social services department of the City of Lennholm encloses its observations on the reception facility for unaccompanied children. The information concerns identifiable minors and, under our child-protection rules, cannot be shared beyond the Working Group.",
    ),
    (
        "en",
        "C",
        "We have attached the full dossier, including the complaints log and the photographs. None of it should go on the call page: the people in the photos did not agree to be seen, and the log is an internal document of the operator.",
    ),
    # -- Portuguese ---------------------------------------------------------------------
    (
        "pt",
        "C",
        "A Missão Permanente da República de Távora junto às Nações Unidas em Genebra apresenta os seus cumprimentos ao Secretariado do Grupo de Trabalho e tem a honra de encaminhar as respostas do Ministério da Justiça ao questionário. A Missão solicita que as respostas sejam tratadas como confidenciais e não sejam divulgadas no sítio do ACNUDH.",
    ),
    (
        "pt",
        "C",
        "O núcleo de migrações da Defensoria encaminha em anexo o levantamento dos atendimentos realizados no posto de fronteira. Os dados referem-se a assistidos com processos em curso, razão pela qual pedimos que o documento não seja publicado.",
    ),
    (
        "pt",
        "C",
        "meu irmão está preso no centro do aeroporto desde janeiro e os guardas são de uma empresa privada, não da polícia. eu escrevo por ele porque ele não tem celular. por favor não coloquem esta carta na internet, é só para vocês lerem.",
    ),
    (
        "pt",
        "C",
        "Somos uma associação pequena de apoio a migrantes em Foz do Tanque e o relatório vai em anexo. Pedimos que ele fique só com o Grupo de Trabalho, porque as pessoas que nos contaram estas coisas ainda vivem na fronteira e todo mundo se conhece aqui.",
    ),
    (
        "pt",
        "C",
        "O Sindicato dos Vigilantes do Estado encaminha as suas observações. Os depoimentos dos associados foram recolhidos sob compromisso de sigilo, pelo que não autorizamos a publicação do documento.",
    ),
    (
        "pt",
        "C",
        "Os dados da pesquisa de campo foram coletados com a aprovação do comitê de ética da universidade, que não permite a sua divulgação fora do âmbito do projeto. Enviamos o texto apenas como subsídio para o relatório do Grupo de Trabalho.",
    ),
    (
        "pt",
        "C",
        "Re: a sua pergunta sobre a publicação - não autorizamos, infelizmente. O processo dos nossos clientes corre em segredo de justiça e qualquer divulgação poderia prejudicá-los.",
    ),
    (
        "pt",
        "C",
        "A Guardião Segurança Patrimonial Ltda. encaminha as informações solicitadas em caráter estritamente confidencial, uma vez que envolvem cláusulas contratuais sujeitas a sigilo perante o contratante público.",
    ),
    (
        "pt",
        "C",
        "Sou jornalista e há um ano investigo os contratos de escolta nas deportações. Parte do material vem de fontes que protejo, e por isso peço que este envio não seja publicado nem citado.",
    ),
    (
        "pt",
        "C",
        "A Provedoria de Justiça remete, em anexo, a síntese das visitas efetuadas ao centro de instalação temporária. Nos termos do seu Estatuto, esta informação é de acesso reservado e não deve constar da página da convocatória.",
    ),
    (
        "pt",
        "C",
        "Por favor nao publiquem, as pessoas que deram testemunho ainda estao detidas. obrigada pela compreensão, Lurdes",
    ),
    (
        "pt",
        "C",
        "Nota de envio: o documento segue para conhecimento do Grupo de Trabalho e é confidencial, tanto o texto principal como os três anexos.",
    ),
]

# (language, label, text): it may be published, but without the submitter's name.
ANONYMOUS = [
    # -- English ------------------------------------------------------------------------
    (
        "en",
        "A",
        "We are content for the submission to be posted on the website, but without our organisation's name. We run a legal advice desk inside the centre and the operator can withdraw our passes at any time.",
    ),
    (
        "en",
        "A",
        "You can put this on the website if it helps, but leave my name off it. I still live in the same town as the lads I worked with.",
    ),
    (
        "en",
        "A",
        "Our clinic is happy for the submission to be published, provided that the names of our clients and of the clinic itself are removed and it is attributed simply to 'a university law clinic'.",
    ),
    (
        "en",
        "A",
        "I agree you publish my story but please not my name. Write only 'a man from Eritrea who was held six months'.",
    ),
    (
        "en",
        "A",
        "Please attribute the submission to 'a coalition of civil society organisations in the region' rather than listing the members. Several of them are currently under investigation for their work with migrants.",
    ),
    (
        "en",
        "A",
        "I'm a compliance manager at one of the contractors and I'm writing in a personal capacity. Use whatever helps, on the website too, but nothing that says who I am or which company I work for.",
    ),
    (
        "en",
        "A",
        "Happy for this to be published, byline removed please. I'm still working on the story and don't want the operator to know I've been in touch with you.",
    ),
    (
        "en",
        "A",
        "We request that the submission be published anonymously, for the safety of our staff in the border area. Thank you for understanding.",
    ),
    (
        "en",
        "A",
        "The branch is fine with the document going up on the site. Please take out my name and the branch name at the top and put 'a trade union representing detention staff' instead.",
    ),
    (
        "en",
        "A",
        "My client consents to his account being published, on condition that he cannot be identified from it. Please remove his name, his nationality and the dates of his detention.",
    ),
    (
        "en",
        "A",
        "You are welcome to publish this, but I would prefer it to appear without my name and affiliation, as my university has not cleared me to speak on the topic.",
    ),
    (
        "en",
        "A",
        "you can put my letter on the website its ok, but dont write my name or my brothers name. we are scared of the company and what they can do.",
    ),
    (
        "en",
        "A",
        "Practical points:\n- the report can go online;\n- please remove the authors' names on the cover page and in the footer;\n- the logo should come off as well, it identifies us.",
    ),
    ("en", "A", "Re: your question about publication - yes, but anonymised pls. thanks, Dana"),
    (
        "en",
        "A",
        "The Diocese is content for the chaplains' account to be made public, provided that neither the chaplains nor the Diocese are named in it.",
    ),
    (
        "en",
        "A",
        "We accept that our submission go on the UN website but without the name of us and our association, because in our country the police look at this things.",
    ),
    # -- Portuguese ---------------------------------------------------------------------
    (
        "pt",
        "A",
        "Autorizamos a publicação, desde que o nome da nossa organização não apareça. Trabalhamos dentro do centro e dependemos da autorização da empresa para entrar.",
    ),
    (
        "pt",
        "A",
        "Podem colocar no site, mas sem o meu nome. Ainda trabalho para a empresa de vigilância e tenho família para sustentar.",
    ),
    (
        "pt",
        "A",
        "Solicitamos que a contribuição seja publicada de forma anônima, por razões de segurança da nossa equipe na fronteira.",
    ),
    (
        "pt",
        "A",
        "A minha cliente aceita que o relato seja divulgado, desde que não possa ser identificada: pedimos que se retirem o nome, a idade e a cidade de origem.",
    ),
    (
        "pt",
        "A",
        "pode por no site mas nao coloca meu nome por favor, tenho medo de represalia da empresa, eles sabem onde eu moro",
    ),
]

# (language, label, text): it may be published.
CONSENT = [
    # -- English ------------------------------------------------------------------------
    (
        "en",
        "P",
        "We consent to the publication of this submission on the OHCHR website. Thank you for the opportunity to contribute to the Working Group's report.",
    ),
    (
        "en",
        "P",
        "Attached is our twelve-page submission on the escort contracts, with three annexes. Nothing in it is confidential, and it can go on the page as it stands, annexes included.",
    ),
    (
        "en",
        "P",
        "The Ministry of Justice has no objection to its reply being made available on the webpage of the call for inputs.",
    ),
    (
        "en",
        "P",
        "You are welcome to publish the report. Please link to the full version on our website, at the address in the footer.",
    ),
    (
        "en",
        "P",
        "Happy for this to go on the website. If it's quoted, please cite it as Lindqvist, R. (2024), 'Outsourcing the Border', working paper, Dunmere University.",
    ),
    (
        "en",
        "P",
        "Harrow Gate Security Ltd confirms that the enclosed response may be published on the OHCHR website in its entirety.",
    ),
    (
        "en",
        "P",
        "The union wants this submission out there: the more people read it the better. Please use our logo as it appears on the cover page.",
    ),
    (
        "en",
        "P",
        "You can put my letter on the internet with my name. I am not afraid anymore, I want people to know what happened on that flight.",
    ),
    (
        "en",
        "P",
        "Re: publication of our input - of course, please go ahead, and thank you for checking.",
    ),
    (
        "en",
        "P",
        "Our findings rest entirely on court records and the operator's own annual reports. We see no reason why this submission should not be published, and we would be glad if it were.",
    ),
    (
        "en",
        "P",
        "The Commission's annual report, from which the attached extract is taken, is already in the public domain; the extract may accordingly be posted on the OHCHR website.",
    ),
    (
        "en",
        "P",
        "The text was agreed at the network's general assembly in Tallis last week. All twelve member organisations have signed off on publication, with their names listed as in the annex.",
    ),
    (
        "en",
        "P",
        "We hope the enclosed analysis of the escort framework contracts is useful. This submission may be published with attribution to Marlowe & Treen LLP (pro bono team); the partners have approved it.",
    ),
    (
        "en",
        "P",
        "Practical points:\n- publication: fine by us;\n- contact person: Ines Forde;\n- word count: 2,480, within the limit.",
    ),
    ("en", "P", "sure you can publish it, its all been in the local news anyway"),
    (
        "en",
        "P",
        "The Permanent Mission has the honour to confirm that the Government's reply may be published together with the other submissions received.",
    ),
    (
        "en",
        "P",
        "Regarding the choice offered in the call, we select the option of having our submission published on the website, under the name of the Institute.",
    ),
    (
        "en",
        "P",
        "Everything in this note comes from court judgments and my own articles, so feel free to put it on the website under my name.",
    ),
    # -- Portuguese ---------------------------------------------------------------------
    (
        "pt",
        "P",
        "Autorizamos a publicação desta contribuição no sítio do ACNUDH e agradecemos a oportunidade de participar da consulta.",
    ),
    (
        "pt",
        "P",
        "Nada neste documento é confidencial; pode ser publicado na íntegra, com os anexos.",
    ),
    (
        "pt",
        "P",
        "Segue o texto revisto pela coordenação. Pode publicar sim, com o nome da associação e o nosso logotipo, que mando em anexo em boa resolução.",
    ),
    (
        "pt",
        "P",
        "Em resposta à nota do Secretariado, informa-se que o Governo não vê inconveniente em que as informações prestadas sejam disponibilizadas ao público na página da convocatória.",
    ),
    ("pt", "P", "Re: publicação - sim, sem problema nenhum. Abraço, Rita"),
    (
        "pt",
        "P",
        "Concordamos com a publicação e pedimos apenas que seja indicado o link para o relatório completo no nosso site.",
    ),
]

# (language, label, text): a human must decide.
MIXED = [
    # -- English ------------------------------------------------------------------------
    (
        "en",
        "U",
        "Please do not post this before 15 June, when our own report is launched in Parliament; after that date it can go on the website.",
    ),
    (
        "en",
        "U",
        "Attached please find the Ministry's reply to the questionnaire. The reply may be published once it has been cleared by the Minister's office; we will confirm this in writing, probably within the month.",
    ),
    (
        "en",
        "U",
        "We enclose the submission and two annexes. The main text can be published, but Annex 2 (the table of incidents with dates and wings) is for the Working Group only, since the operator could work out who reported what.",
    ),
    (
        "en",
        "U",
        "Our board meets on the 28th and will decide then whether we can agree to publication. I'll come back to you after the meeting.",
    ),
    (
        "en",
        "U",
        "My colleagues and I don't agree on this one: two of us are happy for it to be public, one would rather it stayed confidential. Could we have a call?",
    ),
    (
        "en",
        "U",
        "You may publish it, unless the hearing in May is adjourned, in which case please hold it back until judgment is given.",
    ),
    (
        "en",
        "U",
        "Yes to publishing the text, but please take out the photographs and the hand-drawn map of the centre - the map shows where the cameras don't reach.",
    ),
    (
        "en",
        "U",
        "We consent to publication. Actually, on reflection, please keep section 4 confidential, as it names one of the guards.",
    ),
    (
        "en",
        "U",
        "Thanks for your e-mail. On publication, I'm honestly not sure yet - let me check with my client and I'll get back to you before the deadline.",
    ),
    (
        "en",
        "U",
        "The claimants' evidence is summarised in part 3. We would ask that you publish it only after the High Court rules on the judicial review, and not before, as the Government's lawyers follow everything that is said about the case.",
    ),
    (
        "en",
        "U",
        "please can you publish only the summary on page 1, the rest is not for website. thank you",
    ),
    # -- Portuguese ---------------------------------------------------------------------
    (
        "pt",
        "U",
        "Quanto à publicação: o relatório principal pode ir para o site, mas a lista que vai no anexo II tem de ficar de fora, porque não pedimos autorização às pessoas detidas que nela constam.",
    ),
    (
        "pt",
        "U",
        "Em anexo segue o nosso relatório sobre as escoltas nos voos de deportação. Pedimos que só seja colocado no site depois de 30 de setembro, quando o vamos lançar na Assembleia Legislativa.",
    ),
    (
        "pt",
        "U",
        "Obrigada pela mensagem. Sobre a publicação, a direção da Pastoral ainda não se reuniu para decidir; informaremos assim que tivermos uma resposta.",
    ),
    (
        "pt",
        "U",
        "A empresa contratada ameaçou processar a associação por difamação. Aceitamos a divulgação do documento, a menos que a ação seja de fato proposta; nesse caso, preferimos aguardar a orientação do nosso advogado.",
    ),
]

# (language, label, [question, answer]): a form, labelled by what the answer means.
FORMS = [
    # -- English ------------------------------------------------------------------------
    ("en", "C", ["Q5. Can we put your submission on the call's webpage?", "No"]),
    ("en", "C", ["Publication preference", "[x] I do not agree to my input being made public"]),
    ("en", "A", ["May we publish your submission with your name?", "Publish without my name"]),
    ("en", "A", ["Attribution", "Anonymous - do not display organisation"]),
    ("en", "P", ["I give consent for my input to appear on the OHCHR website", "Yes - go ahead"]),
    ("en", "P", ["Can your submission be made available on the website?", "yes, in full"]),
    (
        "en",
        "U",
        ["Publication on the OHCHR webpage - your choice", "as explained in our cover letter"],
    ),
    ("en", "U", ["Do you agree to publication?", "n/a"]),
    ("en", "U", ["Confidentiality", "Partially - see annex note"]),
    # -- Portuguese ---------------------------------------------------------------------
    ("pt", "C", ["3. Concorda que o texto seja divulgado no site?", "não concordo"]),
    ("pt", "A", ["Deseja que o seu nome apareça?", "Não, mas podem publicar o texto"]),
    ("pt", "P", ["Autorização para divulgar no site do ACNUDH", "[x] Concordo"]),
]
