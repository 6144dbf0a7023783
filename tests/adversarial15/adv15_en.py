# ruff: noqa: E501 - the sentences are data, kept one to a line
"""The fifteenth collection's statements in English and Portuguese, written by hand without
reading the rules, as the sentences of real mail that carry the request, with the ordinary
content around them: notes verbales, ministries, NGOs large and small, lawyers, academics, a
national human rights institution, a company, a union, detainees and their relatives. Most are
refusals and requests to be published without a name. Each entry is (language, label, text);
FORMS holds a form's question and answer lines, labelled by what the answer means.

Labels: C must not be published; A may be published without the submitter's name;
P may be published; U a human must decide."""

from __future__ import annotations

# (language, label, text): a request that the input, or part of it, stay off the page.
REFUSALS = [
    # -- English ------------------------------------------------------------------------
    (
        "en",
        "C",
        "The Permanent Mission presents its compliments to the Secretariat of the Working Group and has the honour to transmit the attached reply of the Ministry of the Interior. The Ministry requests that its reply not be placed on the OHCHR website or otherwise made public, as it refers to contractual arrangements that are still under negotiation.",
    ),
    (
        "en",
        "C",
        "Attached is our report on the two holding facilities at the northern crossing, based on eleven visits between January and June. We would be grateful if the Secretariat could refrain from uploading it, or quoting from it, in any document that goes beyond the members of the Working Group.",
    ),
    (
        "en",
        "C",
        "I worked as an escort officer on charter removal flights for nine years. What I describe below could easily be traced back to me, so I ask that it be read by the Working Group and not passed on to anyone.",
    ),
    (
        "en",
        "C",
        "In line with the options set out in the call, we select the non-public option for this input. It contains extracts from internal incident logs that a staff member shared with us at some personal risk.",
    ),
    (
        "en",
        "C",
        "Please note that Annex 3 (photographs taken inside the Brenmoor removal centre) is for your information only and should not be reproduced in any form.",
    ),
    (
        "en",
        "C",
        "We have no objection to the Working Group drawing on our findings in its own analysis, but the paper itself is not to be put online or handed to third parties. Several of the people we interviewed still hold visas issued through the contractor.",
    ),
    (
        "en",
        "C",
        "my brother was deported in march by a private company, they put tape on his mouth on the plane. i send you what he told me on whatsapp but please dont show it to other people, he is scared for our mother who is still there",
    ),
    (
        "en",
        "C",
        "Kindly treat the enclosed memorandum as confidential. It was prepared for litigation against the operator of the Fenwick Road centre and has not yet been filed with the court.",
    ),
    (
        "en",
        "C",
        "On behalf of our client, a former detainee at the Saltmarsh facility, we forward the enclosed witness statement. Our client has authorised its use by the Working Group only; it must not be circulated, quoted or reproduced.",
    ),
    (
        "en",
        "C",
        "¹ The figures in Table 2 were obtained under a freedom-of-information request that is still under appeal. Please do not reproduce the table or cite the figures until further notice.",
    ),
    (
        "en",
        "C",
        "Our organisation is small and works inside the airport transit zone with the operator's permission. If this report was seen by the company we would loose our access within a week, so we must ask that it stays with the Working Group.",
    ),
    (
        "en",
        "C",
        "We are sending this submission on a strictly confidential basis and do not authorise its publication on the website of the Office or in any other form.",
    ),
    (
        "en",
        "C",
        "The members who clean and cook in the two detention centres spoke to us on the understanding that their accounts would go to the UN experts and no further. We ask you to respect that undertaking.",
    ),
    (
        "en",
        "C",
        "Further to our telephone conversation with the Secretariat last Thursday, I confirm that the attached dossier is submitted as background for the Working Group and must not appear among the contributions posted online.",
    ),
    (
        "en",
        "C",
        "The Commission transmits herewith its monitoring findings on immigration detention. Under Article 14 of its founding statute those findings may not be disclosed outside the bodies to which they are addressed, and the Commission accordingly asks that they not be made public by the Office.",
    ),
    (
        "en",
        "C",
        "Could you please make sure the map on page 6 is not shared? It shows where families wait before crossing and would be extremely dangerous in the wrong hands.",
    ),
    (
        "en",
        "C",
        "We understand that inputs to this call are normally published. We must ask for an exception in our case: the company we describe has already sued two journalists for much less.",
    ),
    (
        "en",
        "C",
        "This note is not for circulation. It contains the rota of deportation escort staff for the spring, which reached us through a whistleblower.",
    ),
    (
        "en",
        "C",
        "I'm glad for the Working Group to read this and to contact me with questions, but I do not want it passed to anyone else, and please do not quote me in the report.",
    ),
    (
        "en",
        "C",
        "Please do not post this submission or any part of it. We are a faith-based shelter, and the border agency pays for a third of our beds.",
    ),
    (
        "en",
        "C",
        "dear sir/madam, i am former detainee of the centre run by the company Greyfield Secure. i write this letter for the working group only. not for internet please, i am still waiting my appeal.",
    ),
    (
        "en",
        "C",
        "The enclosed legal opinion was commissioned by our members and is subject to legal professional privilege. It is provided to assist the Working Group, without waiver of privilege, and should not be published or further disseminated.",
    ),
    (
        "en",
        "C",
        "Sections 3 and 4 of the report draw on information supplied by serving border guards. Those sections must be kept out of anything that is made public.",
    ),
    (
        "en",
        "C",
        "We regret that, for reasons of commercial sensitivity, the Company cannot consent to this response being published. It is provided solely to assist the Working Group in its study of the sector.",
    ),
    (
        "en",
        "C",
        "Attached is an internal audit of the visa application centres run by the contractor in three countries. It was leaked to us, and we are sending it only so that you know it exists. Please don't attach it to anything that leaves you office.",
    ),
    (
        "en",
        "C",
        "As agreed with the Secretariat by e-mail on 4 May, this input is provided as background only and is not to be made public.",
    ),
    (
        "en",
        "C",
        "Our researchers promised everyone they interviewed that the transcripts would be seen by the research team and the UN experts and nobody else. We therefore cannot allow the transcripts in Annex B to be reproduced, quoted or handed on.",
    ),
    (
        "en",
        "C",
        "I would ask you kindly to leave my letter out of the compilation of submissions. The guards know that I wrote to you before, and things got worse for me after that.",
    ),
    (
        "en",
        "C",
        "Please be advised that the enclosed documentation has been classified RESTRICTED by the Ministry and may not be released to third parties.",
    ),
    (
        "en",
        "C",
        "sorry my english is not good. the photos i send are from the camp near the fence, please only for you and not to put on the page of UN, they can see who take them.",
    ),
    (
        "en",
        "C",
        "We would appreciate it if this contribution were not made publicly available, as it concerns proceedings before the Labour Tribunal brought by three of our members dismissed by the contractor.",
    ),
    (
        "en",
        "C",
        "Our submission follows below. We ask that it be treated as a confidential communication and excluded from the compilation of inputs to be placed online.",
    ),
    (
        "en",
        "C",
        "Please refrain from uploading the spreadsheet of incidents (Annex 2) or any data drawn from it. The incidents are recent and each one can be tied to a particular detainee.",
    ),
    (
        "en",
        "C",
        "Please keep this under wraps. We cannot risk the fingerprinting contractor finding out that its own staff talked to us.",
    ),
    (
        "en",
        "C",
        "Enclosed is our full shadow report, which was prepared for the Working Group alone and should not be passed on or put up on the internet.",
    ),
    (
        "en",
        "C",
        "This response by the Department of Border Security is provided for the exclusive use of the Working Group and is not intended for public dissemination.",
    ),
    (
        "en",
        "C",
        "P.S. One more thing: I would rather you didn't put my letter on the UN website. My employer keeps an eye on everything that mentions the company.",
    ),
    (
        "en",
        "C",
        "The case summaries on pages 12 to 19 concern children held at the border. Under no circumstances may they be made public, in full or in part.",
    ),
    (
        "en",
        "C",
        "We are submitting this in confidence. Several of the contractors we describe are the subject of criminal investigations that have not yet led to charges.",
    ),
    (
        "en",
        "C",
        "Could this please stay between us and the Working Group? Our staff in the reception centre would be the first to pay for it.",
    ),
    (
        "en",
        "C",
        "We do not wish this submission to be posted on the OHCHR website, shared with the States concerned or quoted in the Working Group's report.",
    ),
    # -- Portuguese ---------------------------------------------------------------------
    (
        "pt",
        "C",
        "Encaminhamos em anexo o relatório sobre o centro de detenção de imigrantes do aeroporto. Pedimos que o documento seja tratado como confidencial e não seja publicado no site do ACNUDH.",
    ),
    (
        "pt",
        "C",
        "Os depoimentos foram recolhidos com a promessa de que só seriam lidos pelo Grupo de Trabalho. Por isso, pedimos que não sejam divulgados nem citados em nenhum documento.",
    ),
    (
        "pt",
        "C",
        "Solicita-se que a presente contribuição não seja tornada pública, uma vez que se refere a processos judiciais em curso contra a empresa contratada.",
    ),
    (
        "pt",
        "C",
        "por favor nao colocar na internet, eu ainda trabalho na empresa de seguranca do centro e vao saber que fui eu",
    ),
    (
        "pt",
        "C",
        "O Ministério da Justiça e Segurança transmite em anexo as informações solicitadas, que têm caráter reservado e destinam-se exclusivamente ao Grupo de Trabalho.",
    ),
    (
        "pt",
        "C",
        "As fotografias do anexo II mostram o rosto de pessoas detidas e não podem ser reproduzidas em hipótese alguma.",
    ),
    (
        "pt",
        "C",
        "Obrigado pelo convite para contribuir. Infelizmente a nossa organização não pode autorizar que este documento seja publicado, pois os agentes da empresa contratada já nos ameaçaram duas vezes.",
    ),
    (
        "pt",
        "C",
        "Peço que esta carta fique só entre mim e os especialistas da ONU. Meu marido continua detido e tenho medo do que possa acontecer com ele.",
    ),
    (
        "pt",
        "C",
        "A Defensoria envia esta nota técnica para uso interno do Grupo de Trabalho; pedimos que não seja compartilhada com terceiros nem incluída na compilação das contribuições.",
    ),
    (
        "pt",
        "C",
        "Este material é privado e confidencial. Não autorizamos a sua divulgação, total ou parcial.",
    ),
    (
        "pt",
        "C",
        "A tabela de incidentes da seção 5 foi montada com dados que recebemos extraoficialmente. Pedimos que não seja reproduzida nem mencionada em documentos abertos.",
    ),
    (
        "pt",
        "C",
        "O sindicato pede, por gentileza, que este documento não seja postado na internet. Alguns dos nossos filiados ainda estão em período de experiência na empresa.",
    ),
    (
        "pt",
        "C",
        "Entre as opções indicadas na chamada, escolhemos a de não publicação: o texto deve servir apenas de subsídio ao Grupo de Trabalho.",
    ),
]

# (language, label, text): publish, but without who wrote it (or whom it names).
ANONYMOUS = [
    # -- English ------------------------------------------------------------------------
    (
        "en",
        "A",
        "We are happy for this submission to be published, but please do not name our organisation. Attribute it instead to 'a civil society organisation working in the border region'.",
    ),
    (
        "en",
        "A",
        "You may put this on your website as long as it is not attributed to me, I still work for the contractor and would loose my job.",
    ),
    (
        "en",
        "A",
        "Our submission may be published. We ask, however, that the names of our staff and of the detainees quoted in sections 2 and 5 be removed before it goes online.",
    ),
    (
        "en",
        "A",
        "Please publish this without my name. I was held for eleven months in a facility guarded by a private firm, and my asylum appeal is still pending.",
    ),
    (
        "en",
        "A",
        "Feel free to post it, only leave out who it comes from. The ministry has a long memory.",
    ),
    (
        "en",
        "A",
        "We consent to publication on condition that the submission is credited simply to 'a legal aid provider' and that our clients' initials are taken out.",
    ),
    (
        "en",
        "A",
        "Publication is fine, but please anonymise the report: our monitors visit the holding cells every week and would be refused entry if the operator knew who wrote it.",
    ),
    (
        "en",
        "A",
        "Please do not identify me in any way if you use my account. You can put it online, but my face, my town and my employer must not be recognisable.",
    ),
    (
        "en",
        "A",
        "The Union agrees that its contribution may be posted, provided that it appears under the heading 'trade union (workers in detention services)' without further identification.",
    ),
    (
        "en",
        "A",
        "We agree to publication but ask that the submission be listed as anonymous; the names of our field staff appear in the footnotes and should be blacked out as well.",
    ),
    (
        "en",
        "A",
        "It's fine to publish. Just strip out anything that could point back to me - I was a shift supervisor and there were only four of us.",
    ),
    (
        "en",
        "A",
        "As counsel for the applicant, we have no objection to this brief being made available online, provided that our client is referred to only as 'X' throughout.",
    ),
    (
        "en",
        "A",
        "i dont mind if you put it online but without my real identity please, call me only 'a woman from the centre'",
    ),
    (
        "en",
        "A",
        "We would like this submission to appear without attribution to our institution; please present it as the contribution of 'an academic research team'.",
    ),
    (
        "en",
        "A",
        "Our company's response may be made public, but we ask that the names of individual employees referred to in paragraph 7 be redacted.",
    ),
    (
        "en",
        "A",
        "Please keep the identity of our sources out of whatever you post; the rest of the document can be used in full.",
    ),
    (
        "en",
        "A",
        "We are pleased to contribute and agree to the submission being posted on the call page. For security reasons, we ask that it appear without our organisation's name or logo.",
    ),
    (
        "en",
        "A",
        "My brothers story can be shared but dont write who he is or which flight he was on, they would find him.",
    ),
    (
        "en",
        "A",
        "The submission may appear on the OHCHR website as coming from 'a network of shelters'; please remove our letterhead and signatures before uploading.",
    ),
    (
        "en",
        "A",
        "We authorise publication with our names removed. Our volunteers have been photographed at the border by the private guards.",
    ),
    (
        "en",
        "A",
        "I am writing as a former interpreter at the visa processing centre. You can publish what I say, but without my name or the office where I was working.",
    ),
    ("en", "A", "OK to publish, on an unattributed basis please."),
    (
        "en",
        "A",
        "We are content for the text to be posted, but not our signatures, e-mail addresses or the organisation's details, which appear on the last page.",
    ),
    # -- Portuguese ---------------------------------------------------------------------
    (
        "pt",
        "A",
        "A contribuição pode ir para o site, mas pedimos que apareça como sendo de 'uma organização da sociedade civil' e não com o nome da nossa associação, porque atendemos famílias dentro do aeroporto.",
    ),
    (
        "pt",
        "A",
        "Pode publicar, mas sem dizer quem sou. Trabalho no aeroporto e perco o emprego se descobrirem.",
    ),
    (
        "pt",
        "A",
        "A contribuição pode ser divulgada no site, desde que sejam retirados os nomes dos trabalhadores citados na seção 3.",
    ),
    (
        "pt",
        "A",
        "podem colocar no site mas sem identificar a minha familia, meu irmao ainda esta preso",
    ),
    (
        "pt",
        "A",
        "A equipe foi ameaçada duas vezes este ano. Aceitamos a publicação, mas de forma anônima.",
    ),
    (
        "pt",
        "A",
        "Não nos opomos à divulgação do documento, desde que as iniciais e as cidades de origem dos entrevistados sejam omitidas.",
    ),
    (
        "pt",
        "A",
        "A Associação autoriza a divulgação, mas solicita que o texto seja atribuído a 'uma rede de organizações de apoio a migrantes', sem qualquer referência à nossa entidade.",
    ),
]

# (language, label, text): a plain yes, or a yes with a harmless condition.
CONSENT = [
    # -- English ------------------------------------------------------------------------
    (
        "en",
        "P",
        "Please find our submission attached, together with the two case studies referred to in section 3. We consent to its publication on the OHCHR website.",
    ),
    (
        "en",
        "P",
        "Nothing in this submission is confidential; everything in it is drawn from court records and our own monitoring visits.",
    ),
    (
        "en",
        "P",
        "With reference to the call for inputs of 12 February, the Ministry of Home Affairs encloses its reply and has no objection to its being posted with the other contributions received.",
    ),
    (
        "en",
        "P",
        "Happy for this to go up with the other inputs. Please credit it to the Borderlands Legal Clinic, University of Carrow.",
    ),
    (
        "en",
        "P",
        "You are welcome to publish our input in full, including the annexes. A link to our site (www.harbourwatch.example.org) would be appreciated but is not required.",
    ),
    ("en", "P", "We are not asking for any part of this submission to be withheld."),
    (
        "en",
        "P",
        "The Company confirms that this response may be posted on the Working Group's page and quoted in the Working Group's report.",
    ),
    (
        "en",
        "P",
        "Yes, go ahead and put it up with my full name. What was done to us on that flight should be known.",
    ),
    (
        "en",
        "P",
        "This submission is public and may be reproduced with attribution to the Coalition for Fair Borders.",
    ),
    (
        "en",
        "P",
        "We see no reason why this shoud not be made available online alongside the other contributions.",
    ),
    (
        "en",
        "P",
        "Please publish this with our logo, which we attach separately in high resolution.",
    ),
    (
        "en",
        "P",
        "I don't object to you putting this on the website, nor to being named as its author.",
    ),
    (
        "en",
        "P",
        "The Commission is content for this submission, and the statistical tables annexed to it, to appear on the OHCHR website.",
    ),
    ("en", "P", "We'd be glad for this to be read as widely as possible, so please do post it."),
    # -- Portuguese ---------------------------------------------------------------------
    (
        "pt",
        "P",
        "A nossa associação concorda que o texto seja disponibilizado no portal do Alto Comissariado, com o logotipo e a assinatura da coordenação.",
    ),
    (
        "pt",
        "P",
        "Segue em anexo a nossa contribuicao sobre as empresas de escolta. Pode publicar sem problema nenhum.",
    ),
    (
        "pt",
        "P",
        "Não há nada de sigiloso neste documento. Pode ser reproduzido integralmente, inclusive os gráficos da seção 2.",
    ),
    (
        "pt",
        "P",
        "Não vemos nenhum impedimento à divulgação desta nota, que pode ser citada com menção à Rede Fronteira Aberta.",
    ),
]

# (language, label, text): an officer must ask (dates, clearance, parts, disagreement).
MIXED = [
    # -- English ------------------------------------------------------------------------
    (
        "en",
        "U",
        "The report may be published after 15 March, when our own launch takes place. Until then we ask that it be kept internal.",
    ),
    (
        "en",
        "U",
        "We are in principle happy for this to be published, but our board has to sign off first; it meets on the 28th and I will confirm straight after.",
    ),
    (
        "en",
        "U",
        "You may publish the summary on pages 1 to 3. The annex with the interview transcripts is a different matter and we would like to discuss it with you first.",
    ),
    (
        "en",
        "U",
        "Publication is fine unless the Government raises an objection, in which case we would want to be consulted.",
    ),
    (
        "en",
        "U",
        "My colleague thinks we should put our name on it, I am less sure. Could you wait untill we agree between us?",
    ),
    (
        "en",
        "U",
        "Please only publish this after the court has ruled on our client's case, which we expect some time in the autumn.",
    ),
    (
        "en",
        "U",
        "The Ministry's reply may be made public subject to clearance by the Minister's office, which is pending.",
    ),
    (
        "en",
        "U",
        "You can post the text but not the photographs, and please check with me before using any of the quotes.",
    ),
    (
        "en",
        "U",
        "We'd like this to be public eventually, but not while the tender for the new detention contract is open.",
    ),
    # -- Portuguese ---------------------------------------------------------------------
    (
        "pt",
        "U",
        "Gostaríamos que a contribuição só fosse divulgada depois de 1º de junho, quando lançaremos o nosso próprio estudo sobre os centros de triagem.",
    ),
    (
        "pt",
        "U",
        "A diretoria ainda não se pronunciou sobre a divulgação do texto. Voltaremos a escrever depois da reunião do dia 12.",
    ),
    (
        "pt",
        "U",
        "Autorizamos a divulgação das recomendações do capítulo 4. O restante do relatório só depois que o processo judicial for concluído.",
    ),
]

# (language, label, [question, answer]): a form, labelled by what its answer means.
FORMS = [
    # -- English ------------------------------------------------------------------------
    (
        "en",
        "C",
        [
            "Tick one: [ ] My submission may be published  [ ] My submission is for the Working Group only",
            "[x] My submission is for the Working Group only",
        ],
    ),
    (
        "en",
        "C",
        [
            "Should any part of your submission be withheld from the web page?",
            "[x] Yes, the whole submission",
        ],
    ),
    (
        "en",
        "A",
        [
            "Attribution (organisation or individual) to be displayed with your input",
            "[x] none - display it without my name please",
        ],
    ),
    (
        "en",
        "U",
        ["Can we publish your input? (if only in part, please give details)", "see cover letter"],
    ),
    ("en", "P", ["Publication on the call page", "[x] I agree that the full text may appear"]),
    # -- Portuguese ---------------------------------------------------------------------
    (
        "pt",
        "A",
        [
            "Deseja que sua contribuição seja publicada com identificação?",
            "pode publicar, mas deixem a entidade de fora",
        ],
    ),
]
