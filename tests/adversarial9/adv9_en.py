# ruff: noqa: E501 - the sentences are data, kept one to a line
"""The ninth collection's statements in English and Portuguese, written by hand without
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
        "Detention at the Kelso Road facility is run under a contract that has never been disclosed to the public, and the operator's annual report is a private document. We'd rather only your team saw what follows.",
    ),
    (
        "en",
        "C",
        "This goes no further than Geneva, I hope - the people who gave us these names are still inside.",
    ),
    (
        "en",
        "C",
        "I trust you'll treat what I've written the way you would treat an individual complaint.",
    ),
    ("en", "C", "One small thing: please don't put it with the others on your page."),
    (
        "en",
        "C",
        "The annex lists our sources. That part, and frankly the rest too, we can't have out there.",
    ),
    (
        "en",
        "C",
        "As I said on the phone to Ms Okafor on Tuesday, the same arrangement applies as last time: the paper is for the Working Group and nobody else.",
    ),
    ("en", "C", "Usual terms apply to this one, as with our 2021 input on escorts."),
    ("en", "C", "We're sending this under Chatham House, same as for the consultation in May."),
    (
        "en",
        "C",
        "Sorry to be difficult, but our board won't let this sit on a UN website where the company's lawyers can read it.",
    ),
    (
        "en",
        "C",
        "I am writing on behalf of Mr T., who does not read English. He asked me to tell you that his statement is for the experts and must not be shown to anyone else.",
    ),
    (
        "en",
        "C",
        "Would it be possible to keep this between ourselves? The ministry reads everything that appears on your site.",
    ),
    (
        "en",
        "C",
        "pls keep it off the internet, the guards at the center know my face and my case number",
    ),
    (
        "en",
        "C",
        "Without prejudice to any position our client may take in the proceedings pending before the Administrative Court, and with all rights reserved, the enclosed material is provided to the Working Group in confidence and our client expressly withholds consent to its publication, reproduction or onward transmission, in whole or in part.",
    ),
    (
        "en",
        "C",
        "We are sending this informations to help the Working Group but we ask you kindly to not make it visible for public, because our lawyer say it can damage the case of the families.",
    ),
    (
        "en",
        "C",
        "Private contractors now carry out almost every deportation escort from the country, and the public learns of a death only when a journalist obtains the flight manifest through a disclosure request. The ministry's guidance on restraint was published in 2019; the operator's own manual remains confidential. For our part, we'd ask that this letter be read by the Working Group and stop there.",
    ),
    (
        "en",
        "C",
        "If it has to appear on the website to be considered, then please consider it withdrawn.",
    ),
    ("en", "C", "Could this be one of the ones you keep back? I know you put most of them up."),
    (
        "en",
        "C",
        "Our members agreed to share this with you on one condition, which is that it doesn't travel beyond the Working Group's secretariat.",
    ),
    (
        "en",
        "C",
        "You'll appreciate that a detention officer still employed by the company cannot be seen to have written this. None of it should go online, with or without my name.",
    ),
    ("en", "C", "Not for the website, and please not in the annex to the report either."),
    (
        "en",
        "C",
        "Apologies for the late reply, and apologies too for asking this, but the submission has to stay unpublished - the company has already sued two of our colleagues.",
    ),
    (
        "en",
        "C",
        "Further to my e-mail of 3 March, I just want to confirm again that what we sent is not to be made public in any form.",
    ),
    (
        "en",
        "C",
        "Am I right that you can keep a submission off the list if the sender asks? We are asking.",
    ),
    (
        "en",
        "C",
        "Everything under the heading 'Witnesses', and everything before it, is for the Working Group only.",
    ),
    (
        "en",
        "C",
        "Our colleague at the detention monitoring unit asked me to forward her note and to make clear that it is not for circulation outside OHCHR.",
    ),
    (
        "en",
        "C",
        "The border guarding contracts signed in 2022 were published in part in the official gazette, but the annexes on the use of force remain classified. We enclose two of those annexes. It goes without saying that they can't appear anywhere.",
    ),
    (
        "en",
        "C",
        "My husband was deported by a private escort team in November. I am telling you what happened but I don't want it on the internet, my children can read.",
    ),
    (
        "en",
        "C",
        "We've been burned before: an earlier input of ours was quoted in the press within a week of going up. This one stays with you.",
    ),
    (
        "en",
        "C",
        "As agreed with the secretariat under the arrangement of 12 June, the present response is not intended for posting.",
    ),
    ("en", "C", "Keep it in the drawer, please. It's for your understanding, not for quoting."),
    (
        "en",
        "C",
        "The company has authorised me to share the enclosed policy with the Working Group on the strict understanding that it will not be released.",
    ),
    (
        "en",
        "C",
        "Kindly handle this communication as you would any material received from a source at risk; it was written for the mandate holders and for no wider audience.",
    ),
    # -- Portuguese ---------------------------------------------------------------------
    (
        "pt",
        "C",
        "Os contratos com as empresas de segurança privada nunca foram tornados públicos, e o relatório da Defensoria sobre o centro de detenção continua confidencial. Pedimos que esta contribuição fique apenas com o Grupo de Trabalho.",
    ),
    (
        "pt",
        "C",
        "Conforme combinado por telefone com a sua colega, o documento segue nas mesmas condições da vez anterior: não é para o site.",
    ),
    (
        "pt",
        "C",
        "por favor nao coloquem isso na internet, os segurancas do abrigo conhecem a minha familia",
    ),
    (
        "pt",
        "C",
        "Escrevo em nome da senhora M., que não fala inglês: ela pede que o relato dela não seja mostrado a ninguém fora das Nações Unidas.",
    ),
    (
        "pt",
        "C",
        "Seria possível deixar esta resposta de fora da página? Foi escrita só para os peritos.",
    ),
    (
        "pt",
        "C",
        "Desculpem o pedido, mas a diretoria não autoriza que o texto seja divulgado. Fica entre nós e o Grupo de Trabalho.",
    ),
    ("pt", "C", "O anexo traz os nomes das fontes. Esse, e também o resto, não pode circular."),
    (
        "pt",
        "C",
        "Ao abrigo do sigilo profissional, o parecer jurídico anexo destina-se exclusivamente ao Grupo de Trabalho e não deve ser reproduzido nem divulgado a terceiros.",
    ),
]

# (language, label, text): it may be published, but without the submitter's name.
ANONYMOUS = [
    # -- English ------------------------------------------------------------------------
    (
        "en",
        "A",
        "You can post the paper. Leave the organisation's name out of it, though - credit it to 'a coalition of NGOs working at the southern border'.",
    ),
    (
        "en",
        "A",
        "Our members work inside the centres as cleaners and cooks. They are glad for the text to be read, but nobody should be able to tell which union it came from.",
    ),
    (
        "en",
        "A",
        "The families have agreed that their accounts can be shared, on the condition that neither their names nor ours appear.",
    ),
    ("en", "A", "Initials only, please - R.D. - and then fine to put it up."),
    (
        "en",
        "A",
        "For my own safety I ask that it go up without my name. What it says can be public, that's the whole point.",
    ),
    (
        "en",
        "A",
        "Is it okay to publish it as 'a former escort officer'? That's the only way I'm comfortable with it being out there.",
    ),
    (
        "en",
        "A",
        "I'm forwarding this on behalf of a lawyer in our network who is happy for it to be published but has asked that her name and her firm be left off.",
    ),
    (
        "en",
        "A",
        "Procurement records for the detention centres are not public, and the company's incident logs are private documents. What we've pieced together is attached. It can go on the page, but under no name - the state security service has already asked about us.",
    ),
    ("en", "A", "Publish it, just not with us attached to it."),
    ("en", "A", "we dont mind it being online but no names pls, not the org and not mine"),
    (
        "en",
        "A",
        "Our lawyers see no problem with publication as such; the only thing is that the firm shouldn't be named as the source.",
    ),
    (
        "en",
        "A",
        "Sorry to ask for special treatment - could the submission appear unsigned? Otherwise it's fine to share.",
    ),
    (
        "en",
        "A",
        "Subject to the removal of the signature block and the letterhead, the submission may be placed on the Working Group's webpage.",
    ),
    (
        "en",
        "A",
        "Go ahead and make it public. When you list it, 'a civil society organisation (name withheld)' is how we'd like it to read.",
    ),
    # -- Portuguese ---------------------------------------------------------------------
    (
        "pt",
        "A",
        "Pode publicar, mas no lugar do nosso nome coloquem só 'rede de organizações da sociedade civil'.",
    ),
    (
        "pt",
        "A",
        "Autorizo que o meu relato seja publicado, desde que apareçam apenas as iniciais: J.P.S.",
    ),
    (
        "pt",
        "A",
        "Pela segurança das famílias, pedimos que a contribuição seja publicada sem identificar a associação.",
    ),
]

# (language, label, text): it may be published, with the submitter's name.
CONSENT = [
    # -- English ------------------------------------------------------------------------
    ("en", "P", "I suppose there's no harm in it going up. Yes - go on, publish it."),
    ("en", "P", "Please cite us as 'Border Rights Monitor (BRM)' when it goes on the website."),
    ("en", "P", "It isn't that we don't want it published - we do, it was just late."),
    (
        "en",
        "P",
        "Will it be on the website by the time of the session? We'd like to point the delegation to it.",
    ),
    (
        "en",
        "P",
        "Contracts with private companies are never disclosed to the public, and the ministry treats even the number of escort flights as confidential. That secrecy is the subject of our paper, which we are of course happy for you to publish.",
    ),
    (
        "en",
        "P",
        "Our submission was written to be read by as many people as possible; it can go up with our name on it.",
    ),
    (
        "en",
        "P",
        "The Institution sees no reason to object to its contribution appearing, under its name, among those received.",
    ),
    (
        "en",
        "P",
        "Um, yes - to answer your colleague's question, it's fine to publish. Sorry it took a while to confirm.",
    ),
    (
        "en",
        "P",
        "Our company's statement may be made public in full. We would appreciate a link to our website alongside it, if that's the practice.",
    ),
    ("en", "P", "Not confidential. Post as you wish."),
    (
        "en",
        "P",
        "We are agree that our contribution will be put on your website with the name of our association.",
    ),
    ("en", "P", "yes ok to publish, the more people see it the better honestly"),
    (
        "en",
        "P",
        "The detention monitoring reports we cite are private, internal documents of the contractor, obtained through a court order; our analysis of them, though, we'd be happy to see on your page under our name.",
    ),
    (
        "en",
        "P",
        "Following our call this morning: yes, the Clinic agrees that its brief can be posted.",
    ),
    # -- Portuguese ---------------------------------------------------------------------
    (
        "pt",
        "P",
        "Não vemos motivo nenhum para que a contribuição não seja publicada. Podem divulgar.",
    ),
    (
        "pt",
        "P",
        "Sim, pode publicar, e se possível citem-nos como 'Observatório das Fronteiras (OF)'.",
    ),
    (
        "pt",
        "P",
        "Os contratos com as empresas privadas são sigilosos, mas o nosso relatório não é: fiquem à vontade para o colocar no site.",
    ),
]

# (language, label, text): an officer must ask (conditions, embargoes, partial consent).
MIXED = [
    # -- English ------------------------------------------------------------------------
    (
        "en",
        "U",
        "Can you hold off putting it online until 15 October? We launch the report ourselves that day.",
    ),
    (
        "en",
        "U",
        "Consent to publish is pending our board's meeting next Thursday; I'll write again once they've met.",
    ),
    (
        "en",
        "U",
        "Publish unless the government objects - we've shared a copy with the ministry as a courtesy.",
    ),
    ("en", "U", "Annex 2 can go up. The rest I'm not sure about yet."),
    (
        "en",
        "U",
        "Yes, fine to publish. PS - actually, give me a day to check with our country director before you do anything.",
    ),
    (
        "en",
        "U",
        "I'm honestly not sure whether we want this public. What do other organisations usually do?",
    ),
    ("en", "U", "The main paper is yours to publish; the case files in annex B are not."),
    (
        "en",
        "U",
        "Before anything goes up we want sight of the final version; if we're content with that, we're content with it being published.",
    ),
    (
        "en",
        "U",
        "Publication is fine in principle, but the deportation cases in section 3 are still before the courts, so perhaps that part should wait - I'll let you know.",
    ),
    (
        "en",
        "U",
        "Once the Holloway judgment is handed down - spring, we're told - it can be made public; not before.",
    ),
    (
        "en",
        "U",
        "Our legal team hasn't come back to me yet on whether this can be released, so please sit on it until you hear from me.",
    ),
    (
        "en",
        "U",
        "My colleague thinks this should be public and I think it shouldn't; we'll settle it between us by Friday.",
    ),
    # -- Portuguese ---------------------------------------------------------------------
    (
        "pt",
        "U",
        "Só depois do lançamento do nosso relatório no Brasil, no fim de novembro, é que o texto pode ir para o site.",
    ),
    (
        "pt",
        "U",
        "O texto principal pode ser publicado; quanto ao anexo com os depoimentos, ainda estamos consultando as famílias.",
    ),
]

# (language, label, [question, answer]): a form, labelled by what its answer means.
FORMS = [
    # -- English ------------------------------------------------------------------------
    ("en", "C", ["May we publish your submission on the OHCHR website?", "rather not"]),
    ("en", "C", ["Which parts, if any, are confidential?", "the lot - for the WG only"]),
    ("en", "C", ["Please indicate whether your input may be published", "not to be posted, sorry"]),
    (
        "en",
        "A",
        [
            "Name to be shown with your submission",
            "leave blank please - fine to publish without it",
        ],
    ),
    ("en", "A", ["Publication", "Yes, but as 'a coalition of NGOs'"]),
    ("en", "P", ["Happy for this to go on the Working Group's page?", "I am, yes"]),
    ("en", "P", ["Publish with attribution? (Y/N)", "Y"]),
    ("en", "U", ["Publication", "after 1 December"]),
    ("en", "U", ["Do you consent to publication?", "ask me again after our board meets"]),
    # -- Portuguese ---------------------------------------------------------------------
    (
        "pt",
        "P",
        ["Autoriza a publicação da contribuição no site do ACNUDH?", "sim, com o nome da entidade"],
    ),
    ("pt", "A", ["Publicação", "sim, mas sem identificação"]),
]
