# ruff: noqa: E501 - the sentences are data, kept one to a line
"""The eighth collection's statements in English and Portuguese, written by hand without
reading the rules. Each entry is (language, label, text); FORMS holds a form's question
and answer lines, labelled by what the answer means.

Labels: C must not be published; A may be published without the submitter's name;
P may be published; U a human must decide."""

from __future__ import annotations

# (language, label, text): a request that the input stay off the page.
REFUSALS = [
    # -- English ------------------------------------------------------------------------
    (
        "en",
        "C",
        "With reference to the Working Group's call for inputs, the Permanent Mission wishes to indicate that the information conveyed in the present note is transmitted for the Working Group's own use and should not be reproduced on its website or in any public document.",
    ),
    (
        "en",
        "C",
        "Given what happened to our field coordinator last year, we'd much rather this stayed between us and the Working Group.",
    ),
    (
        "en",
        "C",
        "Is there any way our reply could be left out of what goes on the web page? We wrote it with only the experts in mind.",
    ),
    (
        "en",
        "C",
        "The attached memorandum is privileged legal advice prepared for the Working Group; our client has not waived privilege and does not authorise its disclosure to third parties or to the public.",
    ),
    (
        "en",
        "C",
        "i am sending you what i saw in the camp but i beg you dont show it to anyone outside the UN, they will know it was me",
    ),
    ("en", "C", "Background only, please - none of this is for the record."),
    (
        "en",
        "C",
        "Our counsel has reviewed the questionnaire response and it must remain internal to OHCHR; we are not in a position to allow it to be posted or circulated.",
    ),
    (
        "en",
        "C",
        "The figures in this paper come from ongoing litigation, which is why we have to ask you to keep the whole document out of the public domain.",
    ),
    (
        "en",
        "C",
        "PS - almost forgot: the paper is not to go up online, it's strictly for the WG's eyes.",
    ),
    (
        "en",
        "C",
        "We are happy to discuss any of the points raised in person (though the submission itself should stay off your website, as agreed with your colleague).",
    ),
    (
        "en",
        "C",
        "It would be best if this communication were not released in any form; several of the people who helped us compile it are still inside the country.",
    ),
    (
        "en",
        "C",
        "Our reply is shared in confidence, and we would ask that it not be made public, quoted, or included in any compilation of submissions.",
    ),
    (
        "en",
        "C",
        "Would it be possible to treat this input as restricted? We would not want it to appear among the published contributions.",
    ),
    (
        "en",
        "C",
        "The Company provides the following information on a confidential basis and without prejudice; it is not intended for publication and all rights are reserved in this regard.",
    ),
    (
        "en",
        "C",
        "Kindly hold this one back from the public page - the interviewees agreed to speak to us on the understanding that nothing would be released.",
    ),
    (
        "en",
        "C",
        "Sorry for the delay!! attached our input. its only for the working group not for the public ok? thanks",
    ),
    (
        "en",
        "C",
        "We are writing in our personal capacity and in confidence; none of the attached should be made available beyond the members of the Working Group and its secretariat.",
    ),
    (
        "en",
        "C",
        "The present contribution is classified as restricted under national law, and the Ministry is therefore unable to agree to its dissemination.",
    ),
    (
        "en",
        "C",
        "I would not want my testimony to end up on the internet, not even without my name.",
    ),
    ("en", "C", "What follows is not for public consumption."),
    (
        "en",
        "C",
        "Although much of what we describe has been reported in the press, our own account of it is confidential and we ask that it be kept off the list of submissions received.",
    ),
    (
        "en",
        "C",
        "Because the contract terms we quote are commercially sensitive, the enclosed document should be withheld from publication in its entirety.",
    ),
    ("en", "C", "Please treat everything below this line as off the record."),
    (
        "en",
        "C",
        "We did not draft this with a public audience in mind and would ask you not to disclose it.",
    ),
    (
        "en",
        "C",
        "Under no circumstances is this letter, or anything enclosed with it, to be shared outside the Office.",
    ),
    (
        "en",
        "C",
        "Our partners on the ground have asked us to make sure the report is not circulated publicly, and we intend to honour that promise.",
    ),
    ("en", "C", "nb: NOT for the website. internal use of the WG only"),
    (
        "en",
        "C",
        "The information herein is provided solely to assist the Working Group in preparing its report and may not be made public by any means.",
    ),
    (
        "en",
        "C",
        "As I explained in my first message, neither my name nor my text can appear anywhere on the OHCHR site.",
    ),
    # -- Portuguese ---------------------------------------------------------------------
    (
        "pt",
        "C",
        "Pedimos encarecidamente que esta contribuição não seja divulgada no site, pois os nossos parceiros no terreno correm risco de represálias.",
    ),
    (
        "pt",
        "C",
        "O documento anexo destina-se exclusivamente ao Grupo de Trabalho e não deve ser tornado público.",
    ),
    ("pt", "C", "por favor nao coloquem isso na internet, tenho medo"),
    (
        "pt",
        "C",
        "A Missão Permanente tem a honra de informar que os dados ora fornecidos têm caráter reservado, não cabendo a sua reprodução em qualquer meio público.",
    ),
    (
        "pt",
        "C",
        "Seria possível manter a nossa resposta fora da página de contribuições recebidas? Ela contém dados sensíveis.",
    ),
    (
        "pt",
        "C",
        "Enviamos este relato em caráter sigiloso; não autorizamos a sua publicação nem a sua circulação.",
    ),
    ("pt", "C", "Gostaríamos que o texto ficasse só entre nós e a Secretaria, sem ir para o site."),
    ("pt", "C", "Nada do que segue deve vir a público, nem mesmo de forma anônima."),
]

# (language, label, text): it may be published, but without the submitter's name.
ANONYMOUS = [
    # -- English ------------------------------------------------------------------------
    (
        "en",
        "A",
        "Go ahead and put it online; on the list, though, we should appear only as 'a women's rights group, Sahel region'.",
    ),
    (
        "en",
        "A",
        "We are fine with the paper being published as long as our organisation's name is taken off it.",
    ),
    ("en", "A", "Publish it but leave us out - no name, no logo, no country office."),
    (
        "en",
        "A",
        "If you do post my account, I'd ask that it go up without my name or anything that could lead back to me (my unit, the dates I was deployed).",
    ),
    (
        "en",
        "A",
        "For safety reasons the submission should appear as anonymous on the website; the content itself may be shared freely.",
    ),
    (
        "en",
        "A",
        "Happy for the text to be made public, though it should be attributed only to 'a former contractor'.",
    ),
    ("en", "A", "you can share it but not with my name pls, just write J.M. or nothing"),
    (
        "en",
        "A",
        "The Centre does not object to publication of its input, provided that the Centre is not identified as its author.",
    ),
    (
        "en",
        "A",
        "Could you publish the submission under a pseudonym? 'Coalition X' would be fine with us.",
    ),
    (
        "en",
        "A",
        "Given the risk of reprisals against our staff, we would prefer the contribution to be made available without any reference to our organisation or its members.",
    ),
    (
        "en",
        "A",
        "We'd like our input to be included on the page, but anonymously - our partners in the region cannot be seen to be working with us.",
    ),
    (
        "en",
        "A",
        "The document can be released; the author's identity, however, should be withheld.",
    ),
    ("en", "A", "Feel free to use and post everything we sent, just don't credit it to us."),
    # -- Portuguese ---------------------------------------------------------------------
    (
        "pt",
        "A",
        "Podem publicar, mas sem o nome da nossa organização, por favor; basta indicar 'uma organização parceira em Moçambique'.",
    ),
    ("pt", "A", "Autorizo a divulgação do meu depoimento, desde que de forma anônima."),
    (
        "pt",
        "A",
        "A contribuição pode ser disponibilizada no site, omitindo-se qualquer dado que permita identificar a autora.",
    ),
    ("pt", "A", "podem por no site sim mas sem meu nome"),
]

# (language, label, text): it may be published, with the submitter's name.
CONSENT = [
    # -- English ------------------------------------------------------------------------
    ("en", "P", "Honestly, we can't think of any reason to keep this off the submissions page."),
    (
        "en",
        "P",
        "There is nothing sensitive in the attached, so feel free to make it available on the OHCHR page.",
    ),
    (
        "en",
        "P",
        "The Ministry has no objection to the present note being reproduced on the Working Group's webpage.",
    ),
    (
        "en",
        "P",
        "Do put this on the site, and by all means cite the Observatory by name in the report.",
    ),
    (
        "en",
        "P",
        "Our input is already public on our own site, so you are welcome to upload it too.",
    ),
    (
        "en",
        "P",
        "The Institute would be glad to see its contribution made available to the public, with appropriate attribution.",
    ),
    ("en", "P", "No objection whatsoever to publication - the more people read it, the better."),
    (
        "en",
        "P",
        "You may quote from and circulate our reply freely; please acknowledge the Clinic as its author.",
    ),
    ("en", "P", "We are not asking for confidentiality: the paper can go online under our name."),
    ("en", "P", "ok to publish, thanks for the work you do"),
    ("en", "P", "I have no problem with my name appearing next to the submission on your page."),
    (
        "en",
        "P",
        "As a matter of policy the Company does not seek confidential treatment of its responses, and this one may be released in full.",
    ),
    (
        "en",
        "P",
        "Nothing in this letter needs to be withheld; it can be shared, posted and attributed to our federation.",
    ),
    # -- Portuguese ---------------------------------------------------------------------
    (
        "pt",
        "P",
        "Não vemos qualquer impedimento à publicação desta contribuição no site do ACNUDH.",
    ),
    ("pt", "P", "Fiquem à vontade para pôr o texto no ar, assinado pela nossa associação."),
    (
        "pt",
        "P",
        "Autorizamos que a resposta seja publicada e citada, com a devida menção à Defensoria.",
    ),
    ("pt", "P", "nao ha nada de confidencial aqui, pode publicar"),
]

# (language, label, text): an officer would have to ask before publishing.
MIXED = [
    # -- English ------------------------------------------------------------------------
    (
        "en",
        "U",
        "The main report is fine to go online; annex 2 is not, since it reproduces what the detainees told us.",
    ),
    (
        "en",
        "U",
        "Please hold off posting this until the court hands down its ruling, expected sometime in the spring.",
    ),
    (
        "en",
        "U",
        "Our legal team is still reviewing whether the response can be made public; I will revert as soon as I hear from them.",
    ),
    (
        "en",
        "U",
        "I said yes to publishing in my first e-mail but now I'm not so sure. Can we talk before anything goes online?",
    ),
    ("en", "U", "Fine to upload, as long as the names of the victims on page 4 are removed first."),
    (
        "en",
        "U",
        "Please let us know before you put anything on the website so we can check the final version.",
    ),
    (
        "en",
        "U",
        "The main paper may be shared; the case list attached to it is a different matter and we'd like to discuss it with you.",
    ),
    ("en", "U", "Publish if you must, but we would rather you didn't."),
    (
        "en",
        "U",
        "The submission can be made public once the Minister has approved it; until then, please treat it as a draft.",
    ),
    (
        "en",
        "U",
        "Feel free to publish it after 30 June, not before, because the national elections are underway.",
    ),
    (
        "en",
        "U",
        "We would be happy for this to be published provided the section on our sources is redacted - we can send a cleaned version if that helps.",
    ),
    # -- Portuguese ---------------------------------------------------------------------
    (
        "pt",
        "U",
        "O relatório pode ser publicado, exceto o anexo com os nomes das vítimas, que precisamos rever antes.",
    ),
    (
        "pt",
        "U",
        "Ainda aguardamos a autorização da direção para a divulgação; por ora, favor não publicar.",
    ),
]

# (language, label, [question line, answer line]): labelled by what the answer means.
FORMS = [
    # -- English ------------------------------------------------------------------------
    (
        "en",
        "C",
        ["Do you agree that your input be published on the OHCHR website?", "No, I do not agree"],
    ),
    (
        "en",
        "C",
        ["Is any part of your submission confidential?", "All of it - please do not publish"],
    ),
    ("en", "A", ["Publication preference", "[ ] with name   [x] anonymously   [ ] not at all"]),
    (
        "en",
        "A",
        [
            "Can your name be shown next to your submission?",
            "No - but the text itself can be published",
        ],
    ),
    (
        "en",
        "P",
        [
            "Would you like your input to appear on the Working Group's page?",
            "yes please, under our name",
        ],
    ),
    ("en", "P", ["Consent to publication on the website:", "☑ I consent   ☐ I do not consent"]),
    ("en", "U", ["Do you authorise publication of your contribution?", "[x] Yes  [x] No"]),
    ("en", "U", ["Can your submission be made publicly available?", "see cover letter"]),
    # -- Portuguese ---------------------------------------------------------------------
    ("pt", "C", ["A sua contribuição pode ser disponibilizada ao público?", "Não autorizo"]),
    ("pt", "U", ["Permite a divulgação do material enviado?", "Sim ☒   Não ☒"]),
]
