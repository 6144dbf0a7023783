# ruff: noqa: E501 - the sentences are data, kept one to a line
"""The seventeenth collection's statements in English and Portuguese, written by hand without
reading the rules. Each entry is (language, label, text); FORMS holds a form's question
and answer lines, labelled by what the answer means.

Labels: C must not be published; A may be published without the submitter's name;
P may be published; U a human must decide."""

from __future__ import annotations

# (language, label, text): a request that the input, or a part of it, stay off the page.
REFUSALS = [
    # -- English ------------------------------------------------------------------------
    ("en", "C", "TLP:RED · For the named recipients at OHCHR only"),
    (
        "en",
        "C",
        "Classification: TLP:AMBER+STRICT. Please do not share it beyond the Working Group and the staff supporting it on this report.",
    ),
    (
        "en",
        "C",
        "NOT FOR CITATION. Draft findings of the Borderwork Research Group, University of Aldmoor. Do not cite or circulate without the authors' written permission.",
    ),
    (
        "en",
        "C",
        "LIMITED DISTRIBUTION – incident summaries, Larkhill removal centre, third quarter",
    ),
    (
        "en",
        "C",
        "Commercially sensitive: contains day rates and staffing levels under contract HO/2019/114. Supplied to the Working Group in confidence and not to be disclosed to other tenderers.",
    ),
    (
        "en",
        "C",
        "The names, dates of birth and case numbers in Annex B are special category data, and the people concerned consented under the GDPR to one use of them only: the Working Group's examination of their situation.",
    ),
    (
        "en",
        "C",
        "I hold the attached advice under legal professional privilege. It is disclosed to the Working Group solely so that the experts understand my client's position, and privilege is not waived by this disclosure.",
    ),
    (
        "en",
        "C",
        "Section 4 reproduces witness statements taken under the anonymity order made by the Hollingbury County Court on 9 January, which is still in force.",
    ),
    (
        "en",
        "C",
        "Our ethics approval (ref. AREC-22-071) allows interview material to be shared with the body to which the findings are reported, and with no one else. We have kept to that in sending you the transcripts.",
    ),
    (
        "en",
        "C",
        "As a journalist I have a duty to protect my sources, two of whom still work for the escort contractor. I trust the Working Group will handle the enclosed notes accordingly.",
    ),
    (
        "en",
        "C",
        "The Commission received these complaints under section 14 of its founding Act, which does not allow it to disclose complaint files to third parties. They are shared with the Working Group on that footing.",
    ),
    (
        "en",
        "C",
        "Only four of us had keys to the room where the overtime sheets were kept. If Brightwater Custodial sees them with our branch's name attached it will know by lunchtime which four, and they will be gone the following week. Please bear that in mind.",
    ),
    (
        "en",
        "C",
        "The man who drew the plan of the holding rooms is still waiting his asylum decision. If this finds its way anywhere the ministry reads it, it will go bad for him.",
    ),
    (
        "en",
        "C",
        "my brother is still inside. the guards read all what is written about them on internet, they always find it. please think of him when you decide what to do with my letter",
    ),
    (
        "en",
        "C",
        "Then there is the spreadsheet of escort hours. That one we would like to keep between ourselves and the Working Group.",
    ),
    (
        "en",
        "C",
        "Will we be putting the report on our own website? No. And we would ask the same of you.",
    ),
    (
        "en",
        "C",
        "The photos in folder 2 was taken by one detainee with a phone he hide from the guards. They are for the experts. Nobody else.",
    ),
    (
        "en",
        "C",
        "As for the medical reports from the clinic at Dunmore: no further than your office, please.",
    ),
    (
        "en",
        "C",
        "You are welcome to summarise our findings in the thematic report. We ask only that the text itself not be reproduced, quoted at length or uploaded.",
    ),
    (
        "en",
        "C",
        "Please use the figures in table 2 however you see fit; the testimonies behind them should stay in the Secretariat's files.",
    ),
    (
        "en",
        "C",
        "We would be grateful if this note were not forwarded to the Government of Greece, not sent to Aegis Perimeter Ltd for comment, and not put anywhere either of them could read it.",
    ),
    (
        "en",
        "C",
        "If you need to refer to it, please do so in the aggregate (\"several organisations reported...\"). Don't link to it and don't post it.",
    ),
    (
        "en",
        "C",
        "Paraphrase without attribution is fine by us; direct quotation, a link or a copy on the site is not.",
    ),
    (
        "en",
        "C",
        "None of this is confidential in the strict sense. We simply do not want it on the UN website.",
    ),
    (
        "en",
        "C",
        "We have no problem with you using it internally, in whatever way helps the experts. Beyond the Office is a different matter.",
    ),
    (
        "en",
        "C",
        "If it absolutely has to be posted, so be it, but our strong preference is that it isn't: the men who spoke to us have been through enough.",
    ),
    (
        "en",
        "C",
        "There is nothing secret in the report itself. Annex 4, the interview notes, is another story and should stay off the page.",
    ),
    (
        "en",
        "C",
        "Further to my e-mail of 28 February, in which I said the Working Group could post our submission: our board reversed that decision on Monday, and I am writing to withdraw the consent.",
    ),
    (
        "en",
        "C",
        "The consent in our message of 2 March covered the main report only. It does not extend to the annex on the Kestrel Bay centre, which we sent separately afterwards.",
    ),
    ("en", "C", "pls keep it off the web site for now, we'll get in touch if that changes"),
    ("en", "C", "Until we say otherwise, this stays with the Secretariat."),
    (
        "en",
        "C",
        "Would it be possible to keep this off the website? The families we work with are very easy to identify from the details.",
    ),
    (
        "en",
        "C",
        "Is there a way to get the full dataset to the experts without it going up with the other contributions?",
    ),
    ("en", "C", "Does it have to go online? I'd really prefer that it didn't."),
    (
        "en",
        "C",
        "could you tell me how to make sure the pictures dont appear in public? i dont want the company seeing them",
    ),
    ("en", "C", "PS. The list of the guards' radio call signs is for your background only."),
    ("en", "C", "Annex 3 – extracts from the detention log – NOT FOR PUBLICATION.pdf"),
    (
        "en",
        "C",
        "² The incident described in this note was reported to us in confidence and should be left out of any version made available to the public.",
    ),
    ("en", "C", "Office of the Deputy Ombudsman · Sent for the Working Group's file only"),
    (
        "en",
        "C",
        "Enclosures: 1. Cover note  2. Survey results  3. Staff interviews (internal – WG only)",
    ),
    # -- Portuguese ---------------------------------------------------------------------
    (
        "pt",
        "C",
        "TLP:AMBER — circulação restrita aos peritos do Grupo de Trabalho e ao Secretariado.",
    ),
    ("pt", "C", "USO RESTRITO – Documento interno da associação, não destinado a divulgação"),
    ("pt", "C", "Reservado. Para conhecimento do Grupo de Trabalho e arquivo."),
    (
        "pt",
        "C",
        "Os dados pessoais constantes do anexo II foram recolhidos ao abrigo do RGPD com uma finalidade única, que é a análise do caso pelo Grupo de Trabalho.",
    ),
    (
        "pt",
        "C",
        "Estou vinculada ao sigilo profissional enquanto advogada da família e só partilho estas peças para que os peritos compreendam o processo.",
    ),
    (
        "pt",
        "C",
        "Se a empresa de vigilância souber que isto veio de alguém do turno da noite, são doze pessoas que ficam sem emprego. Peço que tenham isso em conta.",
    ),
    ("pt", "C", "Quanto as fotografias da ala B. Essas ficam com voces."),
    (
        "pt",
        "C",
        "Podem usar os números da tabela 3 no relatório, mas os relatos das pessoas entrevistadas não devem ser reproduzidos nem enviados ao Governo para comentário.",
    ),
    (
        "pt",
        "C",
        "Pedimos apenas que não façam ligação para o relatório nem o carreguem em nenhuma plataforma; citações agregadas não nos incomodam.",
    ),
    ("pt", "C", "Não há nada de confidencial no texto, mas também não é para o site, por favor."),
    (
        "pt",
        "C",
        "Na mensagem de 4 de março dissemos que podiam publicar. Entretanto o nosso cliente mudou de ideias e retiramos essa autorização.",
    ),
    (
        "pt",
        "C",
        "Seria possível não colocar este documento no site? As famílias de que falamos são facilmente reconhecíveis na vila.",
    ),
    ("pt", "C", "Anexo 2 - lista de escoltas - NAO DIVULGAR.docx"),
    (
        "pt",
        "C",
        "por favor nao ponham isto na internet, o meu marido ainda esta no centro de Vila Serena e tenho medo do que lhe possam fazer",
    ),
]

# (language, label, text): a request to be published without the submitter's name.
ANONYMOUS = [
    # -- English ------------------------------------------------------------------------
    (
        "en",
        "A",
        'If you quote from it, please credit "a lawyer practising in the north of the country" and nothing more specific.',
    ),
    (
        "en",
        "A",
        'I am sister of a man deported last year. You can use what I write but please not put my name, only "a relative".',
    ),
    (
        "en",
        "A",
        "Please remove the signatures on the last page before anything is posted. The text can stand on its own.",
    ),
    (
        "en",
        "A",
        "Initials only for me, please (J.M.), both on the page and in the list of contributors.",
    ),
    (
        "en",
        "A",
        "I have written this under the pen name Tom Ferris and would like it to go up under that, not under my own.",
    ),
    (
        "en",
        "A",
        "The interviewees' first names are already changed. Please also drop the name of the town, and ours with it: in a place that size, the one gives away the other.",
    ),
    (
        "en",
        "A",
        "Before you upload it, could someone strip the document properties? The author field still has me in it, and so does the footer.",
    ),
    ("en", "A", "Don't say where it came from. That's all we ask; the rest can go up as it is."),
    (
        "en",
        "A",
        "Our staff are bound by data-protection undertakings in their contracts with the Trust, so we ask that the submission appear without the organisation's or any staff member's name.",
    ),
    (
        "en",
        "A",
        "As a serving immigration officer I am bound by the civil service code and cannot be seen to be the author of this. The Working Group is welcome to use and post the text.",
    ),
    (
        "en",
        "A",
        "If the operator works out that this came from our parish, our visiting permits will be gone within the week. The content can go online; who sent it should not.",
    ),
    (
        "en",
        "A",
        "The company that runs the centre is also the biggest employer in our town. Publish the report, by all means, but leave us out of it.",
    ),
    ("en", "A", "who wrote it? that part we would like you to leave blank."),
    ("en", "A", "Our name is on the cover page. It should not be on the website."),
    ("en", "A", "This isn't a request for confidentiality. It's a request that we stay unnamed."),
    ("en", "A", "Nothing here needs to be held back, apart from who we are."),
    (
        "en",
        "A",
        'In my first e-mail I said you could credit the submission to me by name. I have thought about it since and would rather you didn\'t: please post it as from "an interpreter on removal flights".',
    ),
    (
        "en",
        "A",
        'Would it be possible to list us simply as "a migrant support group on the south coast"?',
    ),
    (
        "en",
        "A",
        "can it go up without anything that shows it was me who wrote it? i still work for the subcontractor at the airport",
    ),
    ("en", "A", "PS – please take our logo off before it goes up."),
    ("en", "A", "Name: withheld at the author's request"),
    (
        "en",
        "A",
        'Attribution: none. Please publish as "Contribution from a civil society organisation".',
    ),
    # -- Portuguese ---------------------------------------------------------------------
    ("pt", "A", "Se citarem, indiquem apenas «uma advogada da região Norte»."),
    ("pt", "A", "Peço que retirem o logótipo e as assinaturas antes de colocarem o texto no site."),
    (
        "pt",
        "A",
        "Se a empresa perceber que isto saiu do nosso sindicato, os delegados são transferidos. O conteúdo pode sair, a origem não.",
    ),
    ("pt", "A", "O nome da associação? Esse fica de fora, por favor."),
    ("pt", "A", "Não pedimos sigilo nenhum. Apenas que não se saiba quem somos."),
    (
        "pt",
        "A",
        "Na mensagem anterior autorizei que usassem o meu nome. Prefiro agora que o texto saia como sendo de «um familiar de uma pessoa deportada».",
    ),
    ("pt", "A", "Da para publicar so com as iniciais? (A. C.)"),
    ("pt", "A", "podem por no site mas sem dizer quem mandou, a gente ainda trabalha no centro"),
]

# (language, label, text): consent to publication, in the same shapes as the refusals.
CONSENT = [
    # -- English ------------------------------------------------------------------------
    ("en", "P", "TLP:CLEAR – may be shared and posted without restriction."),
    (
        "en",
        "P",
        "All interviewees signed consent forms approved by our ethics committee covering publication of their anonymised accounts, so there is no obstacle to the report being posted.",
    ),
    (
        "en",
        "P",
        "Our data-protection officer has been through the report line by line; nothing in it identifies anyone, and it can go online as it is.",
    ),
    (
        "en",
        "P",
        "The more people read this, the harder it becomes for the operator to deny what happens at Ferrybank. Please make it as easy to find as you can.",
    ),
    ("en", "P", "Can it go on the website? Yes. Under our name? Yes, that too."),
    ("en", "P", "Quote it, link to it, upload it: whatever helps the report."),
    (
        "en",
        "P",
        "We're happy for the experts to read it, and for anyone else to once it is posted.",
    ),
    (
        "en",
        "P",
        "We are not asking for confidentiality of any kind; the Working Group is welcome to put this alongside the other inputs.",
    ),
    (
        "en",
        "P",
        "The Ministry sees no difficulty in this reply being made available online together with the other contributions received.",
    ),
    (
        "en",
        "P",
        "Last month we asked you to hold our submission until the tribunal ruled. It ruled on Thursday, so you may now post it.",
    ),
    (
        "en",
        "P",
        "Our earlier reservation about Annex 2 no longer applies: the company has since released the same figures itself. The whole submission can now go online.",
    ),
    (
        "en",
        "P",
        "Could you send us the link once its on the website? our director would like to circulate it to the network.",
    ),
    (
        "en",
        "P",
        "Please credit it to the Dunmore Detention Visitors Group, with our logo, exactly as on the cover.",
    ),
    ("en", "P", "ps no need to treat any of this as restricted, put it up as it is"),
    # -- Portuguese ---------------------------------------------------------------------
    ("pt", "P", "TLP:CLEAR – pode ser partilhado sem restrições."),
    (
        "pt",
        "P",
        "Nada disto é sigiloso; o carimbo «Uso interno» vem do modelo de ofício da casa e não se aplica a este texto.",
    ),
    (
        "pt",
        "P",
        "Podem citar, resumir e publicar o texto na íntegra, e assinar com o nome da associação.",
    ),
    (
        "pt",
        "P",
        "Já não há motivo para esperar: o julgamento terminou. Podem pôr o contributo no site.",
    ),
]

# (language, label, text): neither yes nor no yet: conditions, embargoes, disagreement.
MIXED = [
    # -- English ------------------------------------------------------------------------
    ("en", "U", "EMBARGOED until the launch on 12 April, 00:01 CET."),
    ("en", "U", "You may post it once our client agree. We expect to hear from her next week."),
    ("en", "U", "It can go up after the trial, which is listed for June."),
    (
        "en",
        "U",
        "We're happy for the experts to read it. We hadn't really thought about the website.",
    ),
    (
        "en",
        "U",
        "My co-author would like it posted; I am less sure, given where I work. Could you give us a few days to settle it between us?",
    ),
    (
        "en",
        "U",
        "Publication is fine on condition that the company's reply, if it sends one, is posted next to ours.",
    ),
    (
        "en",
        "U",
        "Must it be online? If it must, we would want to take out section 3 first and send you a revised version.",
    ),
    (
        "en",
        "U",
        "TLP:AMBER until the board meets on 20 March; we will tell you then whether it can become TLP:CLEAR.",
    ),
    (
        "en",
        "U",
        "my wife says dont put it online, i think people should know. we will tell you what we decide",
    ),
    # -- Portuguese ---------------------------------------------------------------------
    ("pt", "U", "So depois das eleicoes, por favor; nessa altura confirmamos."),
    ("pt", "U", "A publicação depende da autorização do nosso cliente, que ainda não respondeu."),
    (
        "pt",
        "U",
        "Parte da direção é a favor da publicação e parte é contra; decidimos na assembleia de dia 22.",
    ),
]

# (language, label, [question, answer]): a form, labelled by what its answer means.
FORMS = [
    # -- English ------------------------------------------------------------------------
    (
        "en",
        "C",
        [
            "Inputs are normally posted on the call's webpage. Do you agree to yours being posted?",
            "☐ Yes   ☒ No",
        ],
    ),
    (
        "en",
        "P",
        ["Are there parts of your input that we should leave out when we post it?", "☐ Yes   ☒ No"],
    ),
    (
        "en",
        "A",
        ["How should your contribution be attributed? (drop-down)", "Generic description only"],
    ),
    ("en", "U", ["Publication preference", "Refer to the accompanying letter from our director"]),
    ("en", "U", ["Can the Working Group post this submission online? (Yes/No)", ""]),
    # -- Portuguese ---------------------------------------------------------------------
    ("pt", "U", ["Divulgação no site", "— selecione —"]),
]
