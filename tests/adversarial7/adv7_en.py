# ruff: noqa: E501 - the sentences are data, kept one to a line
"""The seventh collection's English and Portuguese statements about publishing an input
to a call on mercenaries and private military and security companies, written by hand
without reading the rules. Each entry is (language, label, text); FORMS holds a form's
question and answer lines, labelled by what the answer means.

Labels: C must not be published; A may be published without the submitter's name;
P may be published; U a human must decide."""

from __future__ import annotations

# (language, label, text): the input is to stay off the page.
REFUSALS = [
    # -- English
    (
        "en",
        "C",
        "Given the risk of reprisals against our field partners in the Sahel, we ask that the Working Group keep this input to itself and not place it on the OHCHR site.",
    ),
    (
        "en",
        "C",
        "Could you refrain from posting our reply on the submissions page? It was drafted for the Working Group's information only.",
    ),
    (
        "en",
        "C",
        "The Permanent Mission of the Republic of Peru presents its compliments to the Office of the High Commissioner and, in transmitting the attached responses, requests that they be treated as restricted and not be reproduced on the website of the Office.",
    ),
    (
        "en",
        "C",
        "We'd rather this paper didn't go up online - it describes contractors who are still in litigation with us.",
    ),
    (
        "en",
        "C",
        "i am writing this in confidence, please it must not be shared outside your office, the company has people everywhere",
    ),
    (
        "en",
        "C",
        "The attached memorandum is furnished on a privileged and confidential basis and is not intended for public dissemination; its inclusion on any public webpage is not authorised.",
    ),
    (
        "en",
        "C",
        "Off the record, and as background only: please don't let any of it appear on the public page.",
    ),
    (
        "en",
        "C",
        "Our coalition agreed to send this only on the understanding that it will remain internal to the mandate.",
    ),
    ("en", "C", "PS - everything above is for the experts' eyes only, not for the web."),
    (
        "en",
        "C",
        "Please treat my account as sensitive and keep it away from anything public; I still work in the sector and would lose my job.",
    ),
    (
        "en",
        "C",
        "The experts are free to rely on what we describe when drafting their report; the document we are sending, on the other hand, must never be disclosed.",
    ),
    (
        "en",
        "C",
        "Owing to ongoing proceedings before the national courts, the Ministry is not in a position to authorise the release of the present reply.",
    ),
    (
        "en",
        "C",
        "The Government of Ghana considers the information contained herein to be reserved and does not wish it to be circulated beyond the members of the Working Group.",
    ),
    (
        "en",
        "C",
        "sorry for the rush, one thing: none of this can go on the internet, our staff in the camps would be at risk",
    ),
    (
        "en",
        "C",
        "I would be grateful if the Working Group could refrain from making my letter public in any form.",
    ),
    (
        "en",
        "C",
        "Our legal counsel has advised against allowing this document to be published, and we therefore withhold our consent.",
    ),
    (
        "en",
        "C",
        "Is it possible to keep our input out of the public compilation? We are not comfortable with it being online.",
    ),
    (
        "en",
        "C",
        "We submit these comments in confidence and trust they will not be posted, circulated or otherwise disclosed.",
    ),
    (
        "en",
        "C",
        "For the avoidance of doubt, the Company does not authorise the OHCHR to publish, reproduce or disseminate this response or any part of it.",
    ),
    (
        "en",
        "C",
        "Its not for the public, just for you to know what is happening with the guards at the mine.",
    ),
    (
        "en",
        "C",
        "The paper was written for internal advocacy and we prefer that it not be made available on the OHCHR page.",
    ),
    (
        "en",
        "C",
        "Having discussed it with our partners over the weekend, we have decided that we do not want our contribution published after all.",
    ),
    (
        "en",
        "C",
        "Please regard the present e-mail and its attachment as restricted to the Working Group.",
    ),
    (
        "en",
        "C",
        "The information below is shared on a confidential basis, and we would ask that it not be reproduced on the Submissions received page or anywhere else.",
    ),
    (
        "en",
        "C",
        "We are a small network and frankly afraid: please, whatever you do, do not upload what we sent.",
    ),
    (
        "en",
        "C",
        "In line with our institutional policy on open investigations, this input is not for public release.",
    ),
    (
        "en",
        "C",
        "The Commission provides this information to the Working Group in confidence, as its own inquiry into the incidents at the border is still open.",
    ),
    ("en", "C", "we dont authorise publishing, only for the working group to read"),
    (
        "en",
        "C",
        "While we appreciate the transparency of the process, we must ask that this submission not be among those posted online.",
    ),
    (
        "en",
        "C",
        "Could this please remain between us and the Working Group? Our reply was never meant for a wider audience.",
    ),
    (
        "en",
        "C",
        "I am sending my testimony on condition that it stays with the experts and is not made public.",
    ),
    ("en", "C", "Nothing contained in this note may be disclosed to third parties or published."),
    (
        "en",
        "C",
        "The attached article is under review with a journal, and for that reason we cannot allow it to be posted on your website.",
    ),
    ("en", "C", "We would like to keep our reply out of the public domain, if that's ok with you."),
    (
        "en",
        "C",
        "The Ministry wishes to point out that this contribution is for the exclusive use of the mandate holders and should not be placed in the public domain.",
    ),
    (
        "en",
        "C",
        "dear sirs, this letter is confidencial, plese dont upload it anywere, many thanks",
    ),
    (
        "en",
        "C",
        "It would be best if our input were not released, since two of our researchers are still in the country.",
    ),
    (
        "en",
        "C",
        "Our submission contains commercially sensitive information and we therefore request that it be withheld from publication in its entirety.",
    ),
    (
        "en",
        "C",
        "This is sent to you privately; I have not given, and do not give, permission to share it.",
    ),
    (
        "en",
        "C",
        "Recruiters for these armed groups read everything that is online in our region, so we beg you to keep this letter confidential.",
    ),
    (
        "en",
        "C",
        "With respect to the call for inputs, we wish to stress that our reply is not intended for public consumption.",
    ),
    (
        "en",
        "C",
        "On behalf of the Federation I must insist that this document not be circulated, posted or otherwise made public.",
    ),
    (
        "en",
        "C",
        "I'd prefer you keep this to yourselves - I have not told my employer I'm writing to you.",
    ),
    (
        "en",
        "C",
        "Please hold this input in confidence: it's for your analysis, not for the website.",
    ),
    (
        "en",
        "C",
        "The following observations are offered solely for the Working Group's internal deliberations.",
    ),
    (
        "en",
        "C",
        "we ask you kindly not to disclose the document we attach, as its publication could compromise the criminal case against the company",
    ),
    (
        "en",
        "C",
        "Our answers (below) are reserved and should not appear among the published submissions.",
    ),
    (
        "en",
        "C",
        "Because the attached report was prepared for a donor, we are not in a position to let it be published.",
    ),
    (
        "en",
        "C",
        "Under no circumstances should the present communication be made accessible to the public.",
    ),
    (
        "en",
        "C",
        "The security company that employed me still has my address, which is why I need this message to stay strictly between me and the Working Group.",
    ),
    # -- Portuguese
    (
        "pt",
        "C",
        "Pedimos, por gentileza, que este documento não seja disponibilizado no site do ACNUDH.",
    ),
    (
        "pt",
        "C",
        "Por questões de segurança da nossa equipe em campo, a contribuição não deve ser divulgada de forma alguma.",
    ),
    ("pt", "C", "nao publiquem por favor, temos medo de represalias da empresa de seguranca"),
    (
        "pt",
        "C",
        "A Missão Permanente do Brasil solicita que as informações ora transmitidas sejam tratadas como reservadas e não sejam tornadas públicas.",
    ),
    (
        "pt",
        "C",
        "Gostaríamos que o nosso texto ficasse restrito ao Grupo de Trabalho, sem circulação pública.",
    ),
    (
        "pt",
        "C",
        "O relato em anexo foi escrito em sigilo e peço que não seja compartilhado com ninguém fora do Grupo.",
    ),
    (
        "pt",
        "C",
        "Poderiam evitar colocar a nossa resposta na internet? Ela é apenas para conhecimento dos especialistas.",
    ),
    ("pt", "C", "Não autorizamos, em nenhuma hipótese, a publicação deste material."),
    (
        "pt",
        "C",
        "Dado o processo judicial em curso, preferimos que a presente comunicação permaneça confidencial.",
    ),
]

# (language, label, text): published, but without the submitter's name.
ANONYMOUS = [
    # -- English
    (
        "en",
        "A",
        "You may put our paper online, but please list it as coming from 'a civil society organisation in West Africa' rather than under our name.",
    ),
    (
        "en",
        "A",
        "Happy for the text to be published as long as it carries no detail that could identify me or my former unit.",
    ),
    (
        "en",
        "A",
        "Feel free to post the submission; just leave our organisation's name off it, for the safety of our staff.",
    ),
    ("en", "A", "We'd like the submission to appear as anonymous on the list of inputs received."),
    ("en", "A", "Publication is fine, but under a pseudonym please - you can call me 'Witness K'."),
    ("en", "A", "you can publish it but without my name, i still work for the contractor in Iraq"),
    (
        "en",
        "A",
        "Given the risk of reprisals, we ask that our input be made public only in anonymised form, with the name of the organisation removed.",
    ),
    (
        "en",
        "A",
        "Should you decide to post it, kindly attribute it to 'a partner organisation in Colombia' and not to us by name.",
    ),
    (
        "en",
        "A",
        "The Centre agrees to the publication of its contribution, provided it is not credited to the Centre.",
    ),
    (
        "en",
        "A",
        "I am fine with the testimony being public but I do not want to be named or identified in any way.",
    ),
    ("en", "A", "If the submission goes on the website, please use only our initials (M.R.D.)."),
    (
        "en",
        "A",
        "Post it by all means - just strip out anything that would point back to our network.",
    ),
    (
        "en",
        "A",
        "Our input can be released, though not under our name; refer to us as a national NGO.",
    ),
    ("en", "A", "It may be made available on the OHCHR page without attribution to the author."),
    (
        "en",
        "A",
        "The information can be shared publicly; however, our identity must remain confidential.",
    ),
    (
        "en",
        "A",
        "We don't mind the paper going online, we just don't want our name anywhere near it.",
    ),
    (
        "en",
        "A",
        "Publish it but leave us out of it - the company has already threatened two of our members.",
    ),
    (
        "en",
        "A",
        "The author consents to the publication of this submission on condition of anonymity.",
    ),
    (
        "en",
        "A",
        "Kindly publish the report anonymously; the organisation's name and logo should be removed from the cover page.",
    ),
    (
        "en",
        "A",
        "It's ok to make my account public, as long as my name, village and employer are not mentioned.",
    ),
    ("en", "A", "We'd prefer to be listed as 'anonymous' when you put the submissions online."),
    (
        "en",
        "A",
        "The union is content for the text to be published, but not for it to be attributed to the union or to any of its officers.",
    ),
    # -- Portuguese
    (
        "pt",
        "A",
        "Não há problema em publicar o texto, desde que a nossa entidade não seja mencionada.",
    ),
    ("pt", "A", "Autorizo a divulgação do meu relato desde que minha identidade seja preservada."),
    ("pt", "A", "pode colocar no site mas sem meu nome nem o nome da cidade, tenho medo"),
    (
        "pt",
        "A",
        "Caso publiquem a contribuição, pedimos que ela apareça como sendo de 'uma organização parceira em Moçambique', sem nos identificar.",
    ),
    ("pt", "A", "A publicação é permitida, porém de forma anônima."),
]

# (language, label, text): published with the submitter's name.
CONSENT = [
    # -- English
    (
        "en",
        "P",
        "We see no reason why our contribution should not appear on the OHCHR website alongside the others.",
    ),
    ("en", "P", "There is nothing confidential in the attached paper, so feel free to post it."),
    (
        "en",
        "P",
        "The Ministry has no objection to the present reply being made publicly available.",
    ),
    ("en", "P", "Happy for you to put this up on the submissions page, with our name on it."),
    ("en", "P", "You are welcome to publish, quote and cite our paper, crediting the Institute."),
    (
        "en",
        "P",
        "The Mission would be grateful if the enclosed response could be posted on the Working Group's webpage.",
    ),
    ("en", "P", "nothing in it is sensitive, you can put it online"),
    ("en", "P", "Our input may be published in full and attributed to our organisation."),
    (
        "en",
        "P",
        "Please do go ahead and make the submission public - we'd like it to reach as wide an audience as possible.",
    ),
    (
        "en",
        "P",
        "The Company authorises the publication of this response on the OHCHR website under its name.",
    ),
    ("en", "P", "I don't mind at all if my letter is shared on your website, with my name."),
    ("en", "P", "We have no problem with this being released publicly."),
    (
        "en",
        "P",
        "As this report is already public on our own site, there is no obstacle to its being posted by your Office as well.",
    ),
    ("en", "P", "Feel free to upload the document; confidentiality is not an issue for us."),
    ("en", "P", "It is not confidential and you may publish it."),
    (
        "en",
        "P",
        "We would welcome its publication and are aware that it will be made available online with our name.",
    ),
    (
        "en",
        "P",
        "The Commission consents to its submission being made public and attributed to it.",
    ),
    ("en", "P", "Yes, you can share it publicly, no restrictions."),
    ("en", "P", "We are glad for our reply to be listed on the Submissions received page."),
    (
        "en",
        "P",
        "The views expressed are our own and we are pleased for them to be published under our organisation's name.",
    ),
    ("en", "P", "I see no need to keep any of this private; please post it."),
    (
        "en",
        "P",
        "For the record, the Foundation gives its full permission for this text to be released on the OHCHR site.",
    ),
    ("en", "P", "Nobody at our clinic objects to the paper being published and credited to us."),
    ("en", "P", "The attached can be circulated and put online as it stands."),
    # -- Portuguese
    ("pt", "P", "Não vemos nenhum problema em que a nossa contribuição seja publicada no site."),
    ("pt", "P", "Podem divulgar o documento com o nome da nossa associação."),
]

# (language, label, text): an officer would have to ask first.
MIXED = [
    # -- English
    (
        "en",
        "U",
        "You may post the report, but not annex 2, which lists the guards who spoke to us.",
    ),
    (
        "en",
        "U",
        "Please hold off publishing until our board meets on the 14th; I will confirm then.",
    ),
    ("en", "U", "Publication should wait until after our press launch on 3 March."),
    (
        "en",
        "U",
        "We're still checking with the Ministry of Justice whether the reply can be made public and will revert.",
    ),
    (
        "en",
        "U",
        "Happy for it to go online once you've taken out the names of the victims in section 3.",
    ),
    (
        "en",
        "U",
        "Could you let us know before anything goes on the website? We may want to make some edits.",
    ),
    (
        "en",
        "U",
        "Our director has not yet decided whether the paper can be shared; please treat it as pending.",
    ),
    (
        "en",
        "U",
        "Feel free to publish it. Actually, on second thought, maybe wait - let me check with our partners first.",
    ),
    ("en", "U", "The summary can be published, the full testimony cannot."),
    (
        "en",
        "U",
        "We consent to publication, although some of our members would rather it remained internal, so perhaps we should discuss.",
    ),
    (
        "en",
        "U",
        "The main text is fine to publish; the table of incidents in the appendix is confidential.",
    ),
    (
        "en",
        "U",
        "Please do not name the two former contractors mentioned in paragraph 5 if you put this online.",
    ),
    (
        "en",
        "U",
        "We'd be fine with publication, provided the Working Group first sends us the version it intends to post.",
    ),
    (
        "en",
        "U",
        "It may be published after the verdict in the case is delivered, which we expect later this year.",
    ),
    ("en", "U", "I'm not sure if I want this public. Can we talk?"),
    (
        "en",
        "U",
        "Publication is acceptable to us in principle, subject to the approval of our legal department.",
    ),
    (
        "en",
        "U",
        "Public, but please remove the photographs and anything that shows the faces of the detainees.",
    ),
    ("en", "U", "yes publish. no wait, not the part about the camp"),
    (
        "en",
        "U",
        "The first part of our input may be released; the second part was given to us in confidence by sources in the field.",
    ),
    # -- Portuguese
    (
        "pt",
        "U",
        "Podem publicar, mas somente depois de 30 de abril, quando o relatório for lançado.",
    ),
    (
        "pt",
        "U",
        "Ainda não temos autorização da diretoria para a divulgação; aguardem nossa confirmação.",
    ),
]

# (language, label, [question line, answer line]); U when the tick cannot be told.
FORMS = [
    # -- English
    ("en", "C", ["Would you like your submission to be published?", "no thank you"]),
    ("en", "C", ["Publication consent", "[ ] granted   [x] withheld"]),
    ("en", "C", ["Confidentiality", "Please keep confidential"]),
    ("en", "C", ["Input may appear on the Working Group page", "would rather it did not"]),
    ("en", "A", ["Publish with attribution or anonymously?", "Anonymously"]),
    ("en", "A", ["How should your submission be listed on the website?", "Anonymous / no name"]),
    ("en", "A", ["Name to display on the website", "none - publish anonymously"]),
    ("en", "P", ["Do you agree that your contribution be made public?", "Yes, fine"]),
    ("en", "P", ["Permission to post online", "[x] granted   [ ] withheld"]),
    ("en", "P", ["Should your name appear with the submission?", "Yes - publish under our name"]),
    ("en", "U", ["Agreement to online posting", "(X) agree   (X) disagree"]),
    (
        "en",
        "U",
        ["Can the OHCHR make your response available online?", "as discussed with Ms Oduya"],
    ),
    ("en", "U", ["Can we post your input?", "Maybe, depends"]),
    ("en", "U", ["Publication", "Yes (except annex)"]),
    # -- Portuguese
    ("pt", "C", ["Deseja que sua contribuição seja publicada?", "Não, obrigado"]),
    ("pt", "A", ["Forma de publicação", "(x) anônima   ( ) com identificação"]),
    (
        "pt",
        "U",
        ["Sua resposta pode ficar disponível no site?", "talvez - depende da versão final"],
    ),
]
