# ruff: noqa: E501 - the sentences are data, kept one to a line
"""The tenth collection's statements in English and Portuguese, written by hand without
reading the rules, as the passages of real letters, notes verbales, cover e-mails and
forms that carry the request. Each entry is (language, label, text); FORMS holds a
form's question and answer lines, labelled by what the answer means.

Labels: C must not be published; A may be published without the submitter's name;
P may be published; U a human must decide."""

from __future__ import annotations

# (language, label, text): a request that the input stay off the page.
REFUSALS = [
    # -- English ------------------------------------------------------------------------
    (
        "en",
        "C",
        "The Permanent Mission presents its compliments to the Office of the United Nations High Commissioner for Human Rights and, with reference to the call for inputs of the Working Group on the use of mercenaries, has the honour to transmit herewith the reply of the competent national authorities. The Mission would be grateful if the reply were treated as confidential and not posted on the OHCHR website.",
    ),
    (
        "en",
        "C",
        "The Ministry of the Interior requests that its contribution, which describes the operational arrangements of the contracted escort service, not be reproduced on the webpage of the call or in any other publicly available document.",
    ),
    (
        "en",
        "C",
        "Thank you for the opportunity to contribute. Our submission draws on 46 interviews with people held at the Marden Lane removal centre between 2021 and 2023. Because several of them still have asylum claims pending, we would be grateful if the Secretariat could refrain from publishing the submission in any form.",
    ),
    (
        "en",
        "C",
        "I act for four former detainees in a damages claim against the operator of the centre, which is listed for trial in the spring. The enclosed witness summaries are privileged, are sent to the Working Group solely for its information, and must not be published.",
    ),
    (
        "en",
        "C",
        "Please find attached a working paper from our research project on outsourced border surveillance. It contains fieldwork data that our ethics approval does not allow us to release, so we ask that it be used as background only and not uploaded to the website.",
    ),
    (
        "en",
        "C",
        "Attached are our Group Human Rights Policy and the summary of the internal audit of our immigration detention contracts. Both documents are commercially sensitive and are provided on a strictly confidential basis; Calloway Perimeter Services does not consent to their publication.",
    ),
    (
        "en",
        "C",
        "Our members who work as custody officers on removal flights have asked that what they told us remain confidential. For that reason the union does not authorise the publication of this submission.",
    ),
    (
        "en",
        "C",
        "I was held 7 months in the centre near the airport, the guards were from a private company not police. I dont want this to go on internet, it is only for the experts please.",
    ),
    (
        "en",
        "C",
        "My brother was deported in March on a charter flight and I am writing for him because he has no internet where he is now. We do not want this letter to be made public, he is afraid for the family that is still here.",
    ),
    (
        "en",
        "C",
        "In its capacity as national preventive mechanism, the Commission has visited the three privately operated detention facilities. Under our founding law the visit reports annexed to this letter are confidential, and the Commission's contribution as a whole should be treated accordingly and kept off the website.",
    ),
    (
        "en",
        "C",
        "Please treat the attached as confidential. The shelter we run is two kilometres from the crossing point, and the company that guards the crossing knows our volunteers by name.",
    ),
    (
        "en",
        "C",
        "In line with the options set out in the call for inputs, we select the option for submissions that are not to be made public.",
    ),
    (
        "en",
        "C",
        "With best regards, Dalia Fenwick, Coordinator. P.S. We forgot to say so in the letter: this one is not for publication on the website, sorry!",
    ),
    (
        "en",
        "C",
        "1 This submission is provided in confidence and is not intended for publication. The figures in Section 3 were obtained from the contractor under a non-disclosure agreement.",
    ),
    (
        "en",
        "C",
        "We are small association in the north of country which help people pushed back at the border by private security guards. we kindly request the submission is not published because we receive threats already.",
    ),
    (
        "en",
        "C",
        "It is requested that the present submission, including its three annexes, be withheld from publication.",
    ),
    (
        "en",
        "C",
        "Our counsel has advised against any public release of this material. We would therefore ask that it be handled as a confidential submission to the Working Group.",
    ),
    (
        "en",
        "C",
        "This document is sent to help the Working Group understand how the visa application centres store and share biometric data, and for no other purpose. It should not be made available to the public.",
    ),
    (
        "en",
        "C",
        "STRICTLY PRIVATE AND CONFIDENTIAL - NOT FOR PUBLICATION. Dear Secretariat, further to our call this morning, I enclose the note on my client's dismissal by the fingerprinting contractor.",
    ),
    (
        "en",
        "C",
        "I am glad to discuss the findings with members of the Working Group, but the attached report must not appear on the OHCHR website, and I would ask that it not be quoted in the Group's report either.",
    ),
    (
        "en",
        "C",
        "Kindly note that this input is submitted in confidential basis, it should not be posted in online or shared with the State concerned.",
    ),
    (
        "en",
        "C",
        "The Government wishes to inform the Working Group that the information contained in the present reply is provided for the exclusive use of the Working Group and is not to be made public.",
    ),
    (
        "en",
        "C",
        "hello, i worked as guard in the removal centre for 2 years and i saw many things. i send this because i want somebody to know, but please do not publish it, my contract have a confidentiality clause.",
    ),
    (
        "en",
        "C",
        "We ask that you do not publish our submission. A previous report of ours was quoted in a newspaper and two of the women we had interviewed lost their work permits shortly afterwards.",
    ),
    (
        "en",
        "C",
        "The facts set out below concern an ongoing internal investigation. Nothing in this letter or in its attachments may be placed on the public record.",
    ),
    (
        "en",
        "C",
        "Please do not publish this submission, not even in an anonymised version: the dates and places of the incidents are enough to identify the people involved.",
    ),
    (
        "en",
        "C",
        "Could we ask that this input be kept confidential and not uploaded to the call's page? We are still negotiating access to the centres and any publication would end those talks.",
    ),
    (
        "en",
        "C",
        "The detainees who spoke to us did so on the understanding that nothing they said would be made public. We must therefore ask the Working Group to keep this submission, in its entirety, confidential.",
    ),
    (
        "en",
        "C",
        "Please note this submision is confidencial and not for publicaton on the OHCHR web site. Thank you for your understanding.",
    ),
    (
        "en",
        "C",
        "We are sending this input to the Working Group alone. It is not a public document and we would ask that it remain so.",
    ),
    (
        "en",
        "C",
        "The Office of the Ombudsperson transmits the enclosed information for the Working Group's consideration. The Office does not consent to the dissemination of this information beyond the Working Group and its secretariat, including through the OHCHR website.",
    ),
    # -- Portuguese ---------------------------------------------------------------------
    (
        "pt",
        "C",
        "A Defensoria Pública vem, por meio deste, encaminhar ao Grupo de Trabalho as informações solicitadas. Solicita-se que o presente documento seja tratado como confidencial e não seja publicado no sítio do ACNUDH.",
    ),
    (
        "pt",
        "C",
        "Somos uma pequena associação que acompanha pessoas retidas no aeroporto. Pedimos que esta contribuição não seja divulgada, porque os seguranças da empresa já conhecem os nossos voluntários.",
    ),
    (
        "pt",
        "C",
        "Agradecemos a oportunidade de contribuir. Não autorizamos a publicação deste documento nem dos seus anexos, que contêm dados pessoais de migrantes.",
    ),
    (
        "pt",
        "C",
        "O meu marido foi deportado em janeiro num voo fretado, escoltado por seguranças privados. Escrevo isto para vocês saberem o que aconteceu, mas por favor não coloquem na internet.",
    ),
    (
        "pt",
        "C",
        "Na qualidade de advogada dos requerentes, informo que o material em anexo está sujeito a sigilo profissional e é remetido exclusivamente para conhecimento do Grupo de Trabalho, não podendo ser publicado.",
    ),
    (
        "pt",
        "C",
        "O Ministério da Justiça solicita que a presente resposta seja mantida em reserva e não seja disponibilizada ao público.",
    ),
    (
        "pt",
        "C",
        "O sindicato não dá autorização para que este texto seja tornado público. Os vigilantes que falaram connosco podem ser despedidos.",
    ),
    (
        "pt",
        "C",
        "por favor nao publiquem este documento, e so para o grupo de trabalho. obrigado pela atencao",
    ),
    (
        "pt",
        "C",
        "O relatório anexo resulta de uma investigação com pessoas em situação irregular; pedimos que seja usado apenas como informação de contexto e que não seja carregado na página da consulta.",
    ),
    ("pt", "C", "Optamos pela modalidade de contribuição não pública prevista na chamada."),
    (
        "pt",
        "C",
        "Esta contribuição é confidencial na íntegra. Foi elaborada com base em entrevistas a pessoas que ainda se encontram detidas no centro de instalação temporária.",
    ),
]

# (language, label, text): it may be published, but without the submitter's name.
ANONYMOUS = [
    # -- English ------------------------------------------------------------------------
    (
        "en",
        "A",
        "We are happy for the submission to be published, but please remove the name of our organisation: we work inside two of the centres and our access depends on the operator's goodwill.",
    ),
    (
        "en",
        "A",
        "You may publish my testimony on the website as long as my name is not on it. I am still waiting for the decision on my appeal.",
    ),
    (
        "en",
        "A",
        "Please publish this as a contribution from 'a group of lawyers working on immigration detention' rather than under our own names.",
    ),
    (
        "en",
        "A",
        "The paper relies entirely on published procurement data. It may be made public without attribution.",
    ),
    (
        "en",
        "A",
        "The union is content for the submission to be published, but it should be attributed only to 'a trade union representing detention centre staff'. Our members fear retaliation from the employer.",
    ),
    (
        "en",
        "A",
        "you can put it on the website but without my name please, only write 'former detainee'.",
    ),
    (
        "en",
        "A",
        "I am content for the paper to be posted. However, as my university holds a research contract with one of the companies concerned, I ask that it appear without my name.",
    ),
    (
        "en",
        "A",
        "Publication is fine for us. Please attribute it to anonymous civil society organisation, we dont want our name in it.",
    ),
    (
        "en",
        "A",
        "My client consents to the publication of her account provided that she cannot be identified. Please refer to her only as 'Ms A.' and omit my name as well, since it would lead back to her.",
    ),
    (
        "en",
        "A",
        "The members of our network have read the final draft and agree to its publication on condition of anonymity, given the recent reprisals against defenders in the border region.",
    ),
    (
        "en",
        "A",
        "Feel free to publish - just leave our names and the name of our shelter out of it.",
    ),
    (
        "en",
        "A",
        "The submission can go on the OHCHR page. Kindly omit the author's name and contact details from the published version.",
    ),
    (
        "en",
        "A",
        "I would like this to be published so that people know what happened to my son, but please don't use our family name. Just say it is from the mother of a young man who was deported.",
    ),
    (
        "en",
        "A",
        "I'm writing in a personal capacity, as an employee of a visa processing contractor. Publish this if it helps, but anonymously please - I still work there.",
    ),
    # -- Portuguese ---------------------------------------------------------------------
    (
        "pt",
        "A",
        "Podem publicar a contribuição, mas sem o nome da nossa organização; trabalhamos dentro do centro e temos medo de perder o acesso.",
    ),
    (
        "pt",
        "A",
        "Fui detido durante quatro meses no centro gerido por uma empresa privada. Autorizo a publicação do meu depoimento, desde que de forma anônima.",
    ),
    (
        "pt",
        "A",
        "Pode ser publicada, mas identifiquem-nos apenas como 'uma associação de apoio a migrantes do norte do país'.",
    ),
    ("pt", "A", "pode publicar sim, mas sem meu nome por favor, tenho familia ainda la"),
]

# (language, label, text): it may be published.
CONSENT = [
    # -- English ------------------------------------------------------------------------
    (
        "en",
        "P",
        "Please find attached the submission of the Coastal Rights Network to the call for inputs on private military and security companies in immigration and border management. We consent to its publication on the OHCHR website.",
    ),
    (
        "en",
        "P",
        "The submission draws only on public procurement records and published court judgments. Nothing in it is confidential.",
    ),
    (
        "en",
        "P",
        "The Permanent Mission has the honour to transmit the reply of the Government to the questionnaire, and has no objection to its being placed on the webpage of the Working Group.",
    ),
    (
        "en",
        "P",
        "You are welcome to publish the report. We would appreciate it if it were cited as: Harlow Centre for Migration Law, 'Private Escorts and Public Duties' (2024).",
    ),
    (
        "en",
        "P",
        "The submission may be posted on the website. Please keep our logo on the cover page when you do.",
    ),
    (
        "en",
        "P",
        "We are glad for this to be published; if possible, please add a link to the full report on our website, where the data tables are kept up to date.",
    ),
    (
        "en",
        "P",
        "Having consulted our partners, we can see no reason to keep this paper off your website.",
    ),
    (
        "en",
        "P",
        "The company is happy for this statement of its policies and grievance procedures to be published alongside the other contributions.",
    ),
    (
        "en",
        "P",
        "The Commission authorises the publication of this contribution in full, including its annexes.",
    ),
    (
        "en",
        "P",
        "This is already a public document, available on our institute's website; feel free to post it on the call page as well.",
    ),
    (
        "en",
        "P",
        "I give my permission to publish my story with my name, I want people to know what happend in this place.",
    ),
    (
        "en",
        "P",
        "The union would like this submission to be made public, and we will share the link with our members once it is online.",
    ),
    ("en", "P", "For the avoidance of doubt, this submission may be published."),
    (
        "en",
        "P",
        "In reply to your message of 12 June: yes, you may publish our submission. Apologies for not saying so in the original e-mail.",
    ),
    (
        "en",
        "P",
        "Publication is authorised. The map in the annex is already available on our website under an open licence.",
    ),
    (
        "en",
        "P",
        "My clients have asked me to confirm that they wish their submission to be made public, under their own names, since the facts are already on the court record.",
    ),
    (
        "en",
        "P",
        "We don't mind at all if this goes on the website. thanks for all your work on this issue!",
    ),
    (
        "en",
        "P",
        "please publish it, the more people read about what happen at the fingerprinting centres the better.",
    ),
    # -- Portuguese ---------------------------------------------------------------------
    (
        "pt",
        "P",
        "Segue em anexo o contributo da Rede de Apoio ao Migrante do Alto Minho. Não há qualquer inconveniente na sua divulgação pública.",
    ),
    (
        "pt",
        "P",
        "O Ministério não se opõe à publicação da presente resposta na página do Grupo de Trabalho.",
    ),
    (
        "pt",
        "P",
        "Podem publicar. So pedimos que o relatorio seja citado com o titulo completo e o ano.",
    ),
    (
        "pt",
        "P",
        "Nada do que consta deste documento é confidencial; baseia-se em informação já publicada pelo Tribunal de Contas.",
    ),
    ("pt", "P", "pode publicar sim, com meu nome, nao tenho medo"),
    (
        "pt",
        "P",
        "A Defensoria autoriza expressamente a divulgação integral deste documento, incluindo os anexos.",
    ),
]

# (language, label, text): a human must decide.
MIXED = [
    # -- English ------------------------------------------------------------------------
    (
        "en",
        "U",
        "The report will be launched at a press conference on 15 October. We would be grateful if it were not published on the OHCHR website before that date; after the launch it may be posted.",
    ),
    (
        "en",
        "U",
        "Our board of trustees meets next Thursday to approve the submission for publication. Until then please treat it as confidential; I will confirm by e-mail.",
    ),
    (
        "en",
        "U",
        "The executive summary may be published. Annex B, which lists the incidents by date and facility, is for the Working Group only.",
    ),
    (
        "en",
        "U",
        "My co-author is comfortable with publication, but I am not sure it is wise while our field team is still in the region. Could we discuss before anything is posted?",
    ),
    (
        "en",
        "U",
        "You may publish this unless the Ministry objects; we have sent them a copy, as our funding agreement requires.",
    ),
    (
        "en",
        "U",
        "Please do not publish this until the Court of Appeal has ruled on the deportation case described in section 2. Once the judgment is handed down we are content for it to go online.",
    ),
    (
        "en",
        "U",
        "The submission may be published once the names of the detainees in the table of incidents have been removed.",
    ),
    (
        "en",
        "U",
        "Our photographs of the holding cells were taken by a detainee and must stay with the Working Group; the written report itself you may publish.",
    ),
    (
        "en",
        "U",
        "The Ministry's contribution is subject to clearance by the Minister's office. The Secretariat will be informed in due course whether it may be published.",
    ),
    (
        "en",
        "U",
        "we are not sure yet if you can publish, we need ask the families first and they are in three different countries now.",
    ),
    (
        "en",
        "U",
        "We agree to the publication of the submission. Please note, however, that the entire document is to be treated as confidential.",
    ),
    # -- Portuguese ---------------------------------------------------------------------
    (
        "pt",
        "U",
        "O documento pode ser publicado a partir de 1 de dezembro, data do lançamento do nosso relatório nacional.",
    ),
    (
        "pt",
        "U",
        "O texto foi enviado à direção nacional da federação, que decidirá na reunião de dia 28 se pode ser divulgado. Até lá, agradecemos que aguardem.",
    ),
    (
        "pt",
        "U",
        "Podem publicar o texto principal, mas não o anexo com a lista das pessoas deportadas.",
    ),
    (
        "pt",
        "U",
        "Autorizo a publicação, exceto se o tribunal decidir manter o processo em segredo de justiça.",
    ),
]

# (language, label, [question, answer]): a form, labelled by what the answer means.
FORMS = [
    # -- English ------------------------------------------------------------------------
    ("en", "C", ["Submission may be made public on www.ohchr.org (Yes/No)", "No"]),
    (
        "en",
        "C",
        [
            "Permission to post on the Working Group's page",
            "[ ] I agree   [x] I do not agree",
        ],
    ),
    (
        "en",
        "A",
        ["Do you wish to remain anonymous if your input is published?", "Yes - no names please"],
    ),
    (
        "en",
        "A",
        ["Name of organisation to be displayed", "n/a - submitting anonymously, ok to publish"],
    ),
    ("en", "P", ["Do you authorise OHCHR to post your input online?", "Yes, in full"]),
    ("en", "P", ["Parts of the submission to be withheld from publication, if any", "None"]),
    ("en", "U", ["Is any of the material confidential? If so, which?", "Annex 2 only"]),
    ("en", "U", ["Publication", "see cover letter"]),
    ("en", "U", ["Publication preference (public / anonymous / confidential)", "n/a"]),
    # -- Portuguese ---------------------------------------------------------------------
    ("pt", "C", ["Divulgação no portal do Alto Comissariado", "Não"]),
    ("pt", "A", ["Prefere que o nome do autor seja omitido na versão publicada?", "Sim"]),
    ("pt", "P", ["Consente na divulgação do documento?", "Sim, na íntegra"]),
]
