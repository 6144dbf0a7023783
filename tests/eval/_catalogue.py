"""The messages of the evaluation set and their labels.

Each add() is one message. phase 0: received before 12 March; phase 1: 12–17 March
(revisions, amendments, duplicates of earlier ones); phase 2: explicit times around and after
the deadline (17 March 2020, 23:00 UTC); phase 3 (_catalogue_unclear.py): messages added later,
numbered after all the others.
"""

from __future__ import annotations

import datetime as dt

from _build import (
    AC,
    CALL_SUBJECT,
    CS,
    IND,
    IO,
    MS,
    NHRI,
    OBS,
    OTH,
    PS,
    TITLE,
    UTC,
    WG,
    Spec,
    T,
    corrupt_pdf,
    docx_file,
    encrypted_pdf,
    odt_file,
    pdf,
    png_logo,
    scanned_pdf,
    txt_file,
)
from _catalogue_unclear import catalogue_unclear
from _names import NAMES
from _texts import (
    AR,
    CALL_QUOTE,
    DISCLAIMER_EN,
    DISCLAIMER_EN2,
    DISCLAIMER_ES,
    DISCLAIMER_FR,
    EN,
    PT,
    RU,
    pick,
)

_SPECS: list[tuple[int, Spec]] = []


def add(phase: int = 0, **kw: object) -> Spec:
    spec = Spec(**kw)  # type: ignore[arg-type]
    _SPECS.append((phase, spec))
    return spec


def at(day: int, hour: int, minute: int, month: int = 3) -> dt.datetime:
    return dt.datetime(2020, month, day, hour, minute, 11, tzinfo=UTC)


def doc(lang: str, key: str, k: int = 5, pre: tuple[str, ...] = (), post: tuple[str, ...] = ()):
    return [*pre, *pick(lang, k, key), *post]


def nv_en(of: str, gov: str, key: str, k: int = 4, post: tuple[str, ...] = ()) -> list[str]:
    return [
        f"The Permanent Mission of {of} to the United Nations Office and other international "
        "organizations in Geneva presents its compliments to the Office of the United Nations "
        "High Commissioner for Human Rights and, with reference to the call for inputs of the "
        "Working Group on the use of mercenaries on the role of private military and security "
        "companies in immigration and border management, has the honour to transmit the "
        f"following information from the Government of {gov}.",
        *pick("gov-en", k, key),
        *post,
        f"The Permanent Mission of {of} avails itself of this opportunity to renew to the Office "
        "of the United Nations High Commissioner for Human Rights the assurances of its highest "
        "consideration.",
        "Geneva, March 2020",
    ]


def nv_fr(de: str, gov: str, key: str, k: int = 4, post: tuple[str, ...] = ()) -> list[str]:
    return [
        f"La Mission permanente {de} auprès de l'Office des Nations Unies et des autres "
        "organisations internationales à Genève présente ses compliments au Haut-Commissariat "
        "des Nations Unies aux droits de l'homme et, se référant à l'appel à contributions du "
        "Groupe de travail sur l'utilisation de mercenaires relatif au rôle des sociétés "
        "militaires et de sécurité privées dans la gestion de l'immigration et des frontières, "
        f"a l'honneur de lui transmettre les éléments de réponse du Gouvernement {gov}.",
        *pick("gov-fr", k, key),
        *post,
        f"La Mission permanente {de} saisit cette occasion pour renouveler au Haut-Commissariat "
        "des Nations Unies aux droits de l'homme les assurances de sa très haute considération.",
        "Genève, mars 2020",
    ]


def nv_es(de: str, gov: str, key: str, k: int = 4, post: tuple[str, ...] = ()) -> list[str]:
    return [
        f"La Misión Permanente {de} ante la Oficina de las Naciones Unidas y otros organismos "
        "internacionales con sede en Ginebra saluda atentamente a la Oficina del Alto "
        "Comisionado de las Naciones Unidas para los Derechos Humanos y, en atención a la "
        "convocatoria del Grupo de Trabajo sobre la utilización de mercenarios relativa al "
        "papel de las empresas militares y de seguridad privadas en la gestión de la "
        "inmigración y las fronteras, tiene el honor de remitir la información del Gobierno "
        f"{gov}.",
        *pick("gov-es", k, key),
        *post,
        f"La Misión Permanente {de} hace propicia la oportunidad para reiterar a la Oficina del "
        "Alto Comisionado las seguridades de su más alta y distinguida consideración.",
        "Ginebra, marzo de 2020",
    ]


def catalogue() -> list[tuple[int, Spec]]:
    _SPECS.clear()
    civil_society_en()
    _checkbox_confidential()
    civil_society_es()
    civil_society_fr()
    states()
    nhris()
    international()
    academics()
    companies()
    individuals()
    revisions()
    amendments()
    forwards_and_duplicates()
    auto_replies_and_bounces()
    not_submissions()
    late()
    more_spanish_and_french()
    _SPECS.extend(catalogue_unclear())
    slugs = {spec.slug for _, spec in _SPECS}
    assert not set(NAMES) - slugs, f"names for unknown messages: {set(NAMES) - slugs}"
    for _, spec in _SPECS:
        spec.names = NAMES.get(spec.slug, ())
    return list(_SPECS)


# ====================================================================== civil society, EN


def civil_society_en() -> None:
    add(
        slug="ngo-en-publish-pdf",
        frm=("Hannah Okafor", "h.okafor@borderjustice.org"),
        subject="Submission to the WG call on PMSCs in immigration and border management",
        body=T("""
            Dear Secretariat,

            On behalf of Border Justice Network, please find attached our submission to the
            Working Group's call for inputs. We consent to the publication of this submission
            on the OHCHR website.

            With best regards,
            Hannah Okafor
            Policy Officer | Border Justice Network
            www.borderjustice.org
            """),
        lang="en",
        tz=0,
        atts=[
            pdf(
                "BJN_submission_WG_mercenaries.pdf",
                "en",
                doc("en", "bjn", 6, post=("Border Justice Network, London, March 2020",)),
                title=TITLE["en"],
            )
        ],
        conf="publish",
        submitter=(CS, "Border Justice Network", None),
        trap="plain consent in the body, PDF document",
    )
    add(
        slug="ngo-en-docx-silent",
        frm=("Migrant Rights Watch", "info@migrantrightswatch.org"),
        subject="Input - call for submissions PMSCs",
        body=T("""
            Hello,

            Attached is the input of Migrant Rights Watch for the upcoming thematic report of
            the Working Group on mercenaries. Do not hesitate to contact us with any question.

            Kind regards
            MRW team
            """),
        lang="en",
        tz=-5,
        atts=[
            docx_file(
                "MRW input PMSC border.docx",
                "en",
                doc("en", "mrw", 5, post=("Migrant Rights Watch, New York",)),
                title="Migrant Rights Watch - input to the Working Group on mercenaries",
            )
        ],
        submitter=(CS, "Migrant Rights Watch", None),
        trap="no statement at all about publication: unspecified",
    )
    add(
        slug="joint-en-cosignatories",
        frm=("Refugee Legal Support Centre", "advocacy@rlsc.org.uk"),
        subject="Joint submission – PMSCs in immigration detention (RLSC + 4 organisations)",
        body=T("""
            Dear Working Group,

            Please find attached a joint submission led by the Refugee Legal Support Centre and
            co-signed by four partner organisations (listed on page 1). All signatories agree
            that the submission may be published.

            Best,
            Tom Whitfield
            Refugee Legal Support Centre
            """),
        lang="en",
        tz=0,
        atts=[
            pdf(
                "Joint_submission_RLSC.pdf",
                "en",
                doc(
                    "en",
                    "rlsc",
                    6,
                    pre=(
                        "Joint submission by the Refugee Legal Support Centre (lead), "
                        "co-signed by: Detention Action Cymru; Asylum Aid Network Scotland; "
                        "Women for Refugee Women Leeds; Right to Remain North.",
                    ),
                ),
                title=TITLE["en"],
            )
        ],
        conf="publish",
        submitter=(CS, "Refugee Legal Support Centre and 4 others", None),
        trap="joint submission with listed co-signatories: 'Lead and N others'",
    )
    add(
        slug="coalition-en-own-name",
        frm=("EPBW Secretariat", "secretariat@epbw.eu"),
        subject="EPBW contribution – call for inputs (WG mercenaries)",
        body=T("""
            Dear colleagues,

            The European Platform on Border Watch, a network of 38 member organisations in 17
            countries, is pleased to share the attached contribution. The contribution may be
            published.

            On behalf of the Platform,
            Katarzyna Nowak, Coordinator
            European Platform on Border Watch (EPBW)
            Rue du Trône 60, 1050 Brussels
            """),
        lang="en",
        tz=1,
        atts=[
            pdf(
                "EPBW_contribution_PMSC_2020.pdf",
                "en",
                doc(
                    "en",
                    "epbw",
                    6,
                    post=("European Platform on Border Watch - Brussels, 2 March 2020",),
                ),
                title="European Platform on Border Watch: contribution to the Working Group",
            )
        ],
        conf="publish",
        submitter=(CS, "European Platform on Border Watch", None),
        trap="network signing with its own name, members not listed: not 'and N others'",
    )
    add(
        slug="ngo-en-body-not-confidential",
        frm=("Sam Delgado", "sam@detentionwatchcollective.org"),
        subject="Our input (in the body of this email)",
        body=T("""
            Dear members of the Working Group,

            We are a small collective and do not have the means to prepare a formal document, so
            we set out our input below. This submission is not confidential.

            """)
        + "\n\n".join(pick("en", 5, "dwc"))
        + T("""


            Sam Delgado
            for the Detention Watch Collective, Tucson, Arizona
            """),
        lang="en",
        tz=-7,
        conf="publish",
        submitter=(CS, "Detention Watch Collective", None),
        trap="body-only submission; negation 'not confidential' means publish",
    )
    add(
        slug="ngo-en-consent-disclaimer",
        frm=("Priya Raman", "priya.raman@humanitarianaccess.org"),
        subject="Submission: Humanitarian Access Initiative",
        body=T("""
            Dear Sir or Madam,

            Please find attached the submission of the Humanitarian Access Initiative. It may be
            published on the website of the Office.

            Regards,
            Priya Raman
            Senior Legal Adviser
            Humanitarian Access Initiative

            ________________________________
            """)
        + DISCLAIMER_EN
        + "\n",
        lang="en",
        tz=5,
        atts=[
            pdf(
                "HAI_submission.pdf",
                "en",
                doc("en", "hai", 5),
                title=TITLE["en"],
            )
        ],
        conf="publish",
        flags=["disclaimer"],
        submitter=(CS, "Humanitarian Access Initiative", None),
        trap="consent in body, automatic confidentiality disclaimer at the foot must not decide",
    )
    add(
        slug="ngo-en-silent-disclaimer",
        frm=("Marco Bellini", "m.bellini@searescuealliance.org"),
        subject="SRA input on maritime interceptions and private contractors",
        body=T("""
            Dear Secretariat,

            Attached please find Sea Rescue Alliance's input to the call on PMSCs in border
            management, focusing on interceptions at sea.

            Best regards,
            Marco Bellini
            Advocacy Coordinator, Sea Rescue Alliance

            """)
        + DISCLAIMER_EN2
        + "\n",
        lang="en",
        tz=1,
        atts=[
            docx_file(
                "SRA_input_maritime.docx",
                "en",
                [EN[6], *doc("en", "sra", 4)],
                title="Sea Rescue Alliance - private actors in maritime border control",
            )
        ],
        conf="unspecified",
        flags=["disclaimer"],
        submitter=(CS, "Sea Rescue Alliance", None),
        trap="only a 'CONFIDENTIALITY NOTICE' disclaimer: unspecified, not confidential",
    )
    add(
        slug="ngo-en-topic-confidential-contracts",
        frm=("Open Contracts Watch", "research@opencontractswatch.org"),
        subject="Submission on the secrecy of PMSC contracts at borders",
        body=T("""
            Dear Working Group,

            Our submission (attached) examines confidentiality clauses in PMSC contracts for
            immigration detention and the confidential nature of border agreements between
            States and companies.

            Open Contracts Watch research team
            """),
        lang="en",
        tz=0,
        atts=[
            pdf(
                "OCW_submission_contract_secrecy.pdf",
                "en",
                [
                    "Confidentiality clauses in PMSC contracts are the norm rather than the "
                    "exception. Of the 23 contracts for detention and escort services we "
                    "requested under freedom of information laws, 19 were withheld in full on "
                    "the ground of commercial confidentiality, and the remaining four were "
                    "heavily redacted.",
                    "The confidential nature of border management agreements between States "
                    "and private companies prevents parliaments, courts and affected people from "
                    "learning which obligations the contractor accepted, and whether penalties "
                    "were ever applied.",
                    *doc("en", "ocw", 4),
                ],
                title="Secrecy by contract: PMSCs at the border",
            )
        ],
        submitter=(CS, "Open Contracts Watch", None),
        trap="'confidential' only as the topic (contract secrecy): unspecified",
    )
    add(
        slug="ngo-en-topic-plus-consent",
        frm=("Julia Brandt", "jbrandt@transparency4borders.net"),
        subject="T4B input - call for inputs",
        body=T("""
            Hi,

            Here is our input. You may publish our submission; it discusses, among other
            things, why confidential contracts between governments and security firms should
            be disclosed to oversight bodies.

            Julia
            --
            Julia Brandt | Transparency for Borders | Berlin
            """),
        lang="en",
        tz=1,
        atts=[
            docx_file(
                "T4B_input.docx",
                "en",
                [
                    "Confidential contracts between governments and security firms should be "
                    "disclosed, at least to parliamentary committees and national human rights "
                    "institutions, so that the conditions of detention can be verified.",
                    *doc("en", "t4b", 5),
                ],
                title="Transparency for Borders - input",
            )
        ],
        conf="publish",
        submitter=(CS, "Transparency for Borders", None),
        trap="topic words about confidential contracts plus a real consent: publish",
    )
    add(
        slug="ngo-en-quoted-call-only",
        frm=("Lisa Grant", "lisa.grant@asylumlawproject.org"),
        subject="RE: Call for inputs: The role of private military and security companies in "
        "immigration and border management",
        body=T("""
            Dear colleagues,

            Thank you for the invitation. Please find attached the contribution of the Asylum
            Law Project, based on our casework at the Texas border in 2018 and 2019.

            Best wishes,
            Lisa Grant, Staff Attorney
            Asylum Law Project

            """)
        + CALL_QUOTE,
        lang="en",
        tz=-6,
        in_reply_to="<call-2020-02-03@ohchr.example>",
        atts=[
            pdf("ALP contribution.pdf", "en", doc("en", "alp", 6), title=TITLE["en"]),
        ],
        submitter=(CS, "Asylum Law Project", None),
        trap="the call's own text quoted back ('…or be treated as confidential'): unspecified",
    )
    add(
        slug="ngo-en-quoted-call-answered",
        frm=("Daniel Mwangi", "dmwangi@eastafricamigrants.org"),
        subject="Re: Call for inputs: The role of private military and security companies in "
        "immigration and border management",
        body=T("""
            Dear Secretariat,

            Attached is our submission. In answer to your question below: yes, it can be
            published.

            Regards,
            Daniel Mwangi
            East Africa Migrants' Rights Forum, Nairobi

            """)
        + CALL_QUOTE,
        lang="en",
        tz=3,
        in_reply_to="<call-2020-02-03@ohchr.example>",
        atts=[
            pdf("EAMRF_submission.pdf", "en", doc("en", "eamrf", 5), title=TITLE["en"]),
        ],
        conf="publish",
        submitter=(CS, "East Africa Migrants' Rights Forum", None),
        trap="consent given as an answer to the quoted call text",
    )
    add(
        slug="ngo-en-annex-confidential",
        frm=("Witness Protection & Migration Project", "wpmp@protonmail.com"),
        subject="Submission + annexes",
        body=T("""
            Dear Working Group,

            Attached are our submission and two annexes. The submission and Annex I may be
            published. Annex II contains the names of witnesses and must remain confidential;
            please do not publish it.

            WPMP
            """),
        lang="en",
        tz=2,
        atts=[
            pdf("WPMP_submission.pdf", "en", doc("en", "wpmp", 5), title=TITLE["en"]),
            pdf("Annex_I_legal_framework.pdf", "en", doc("en", "wpmp-a1", 2)),
            pdf("Annex_II_witness_statements.pdf", "en", doc("en", "wpmp-a2", 2)),
        ],
        conf="confidential",
        flags=["partial_confidential"],
        submitter=(CS, "Witness Protection & Migration Project", None),
        trap="only annex II confidential: confidential + partial_confidential",
    )
    add(
        slug="ngo-en-anonymous",
        frm=("Coordinator", "contact@frontlinedefenders-sahel.org"),
        subject="Contribution – please publish anonymously",
        body=T("""
            Dear Secretariat,

            For security reasons we would like our submission to be published without our
            names or the name of our organisation. Our staff work in areas where the companies
            named in the report operate.

            Thank you for your understanding.
            Coordination team, Frontline Defenders Sahel
            """),
        lang="en",
        tz=0,
        atts=[
            pdf("submission_sahel.pdf", "en", doc("en", "sahel", 5), title=TITLE["en"]),
        ],
        conf="publish",
        flags=["anonymous"],
        submitter=(CS, "Frontline Defenders Sahel", None),
        trap="publish without the organisation's name: publish + anonymous",
    )
    add(
        slug="ngo-en-conflict-pdf-header",
        frm=("Nadia Haddad", "nadia@mediterraneanobservatory.org"),
        subject="Mediterranean Observatory submission",
        body=T("""
            Dear all,

            Happy for this to be posted online. Attached is the Mediterranean Observatory's
            submission on private vessels and security contractors at sea.

            Nadia Haddad
            Mediterranean Observatory for Migrants' Rights
            """),
        lang="en",
        tz=1,
        atts=[
            pdf(
                "MedObs_submission.pdf",
                "en",
                doc("en", "medobs", 6),
                title=TITLE["en"],
                header="CONFIDENTIAL - NOT FOR PUBLICATION",
            )
        ],
        conf="confidential",
        submitter=(CS, "Mediterranean Observatory for Migrants' Rights", None),
        trap="conflict: consent in body, CONFIDENTIAL page header in the PDF: confidential wins",
    )
    add(
        slug="ngo-en-confidential-filename",
        frm=("Ahmed Saleh", "a.saleh@gulfmigrantsupport.org"),
        subject="Input to call for submissions",
        body=T("""
            Dear Sir/Madam,

            Please find our input attached. We remain at your disposal for further
            information.

            Ahmed Saleh
            Gulf Migrant Support Network
            """),
        lang="en",
        tz=3,
        atts=[
            pdf(
                "CONFIDENTIAL_submission_WG_PMSC.pdf",
                "en",
                doc("en", "gmsn", 5),
                title=TITLE["en"],
            )
        ],
        conf="confidential",
        submitter=(CS, "Gulf Migrant Support Network", None),
        trap="CONFIDENTIAL only in the attachment's file name",
    )
    add(
        slug="ngo-en-subject-only",
        frm=("Rosa Lindqvist", "rosa.lindqvist@nordicdetentionnetwork.se"),
        subject="CONFIDENTIAL – input to WG call on PMSCs",
        body=T("""
            Dear Working Group secretariat,

            Enclosed is the input from the Nordic Detention Network, prepared by our legal
            team on the basis of visits in Sweden, Norway and Finland.

            Sincerely,
            Rosa Lindqvist
            Nordic Detention Network
            """),
        lang="en",
        tz=1,
        atts=[
            docx_file(
                "NDN_input.docx", "en", doc("en", "ndn", 5), title="Nordic Detention Network"
            ),
        ],
        conf="confidential",
        submitter=(CS, "Nordic Detention Network", None),
        trap="request only in the subject line",
    )
    add(
        slug="ngo-en-wetransfer",
        frm=("Peter Osei", "peter.osei@africanborderslab.org"),
        subject="Submission (large file) – African Borders Lab",
        body=T("""
            Dear Secretariat,

            Our submission, with photographs and maps, is too large to be sent by e-mail. You
            can download it here until 24 March:

            https://wetransfer.com/downloads/3f9c2d7e81a04b5e9d1c0f7a2b6e4d3c20200309/7a1b2c

            Please let me know if the link does not work.

            Peter Osei
            African Borders Lab, Accra
            """),
        lang="en",
        tz=0,
        flags=["needs_download"],
        submitter=(CS, "African Borders Lab", None),
        trap="document only behind a WeTransfer link: submission + needs_download",
    )
    add(
        slug="ngo-en-dropbox-consent",
        frm=("Clara Jensen", "clara@climatemigrationwatch.org"),
        subject="Climate Migration Watch - submission link",
        body=T("""
            Dear colleagues,

            Please find our submission at the following Dropbox link (PDF, 14 MB):
            https://www.dropbox.com/s/k2j4h8g6f5d3s1a/CMW_submission_PMSC.pdf?dl=0

            We are happy for it to be published on the OHCHR website.

            Clara Jensen
            Climate Migration Watch
            """),
        lang="en",
        tz=1,
        conf="publish",
        flags=["needs_download"],
        submitter=(CS, "Climate Migration Watch", None),
        trap="Dropbox link plus consent: publish + needs_download",
    )
    add(
        slug="ngo-en-last-page-confidential",
        frm=("Elena Petrova", "e.petrova@balkanroutemonitor.org"),
        subject="Balkan Route Monitor - submission",
        body=T("""
            Dear Working Group,

            Please find attached our submission on private security guards at reception and
            transit centres along the Balkan route.

            Kind regards,
            Elena Petrova
            Balkan Route Monitor
            """),
        lang="en",
        tz=1,
        atts=[
            pdf(
                "BRM_submission.pdf",
                "en",
                [
                    *doc("en", "brm", 7),
                    "Note on use: the authors request that this submission be treated as "
                    "confidential and not be published, as it contains information that could "
                    "identify people still in transit.",
                ],
                title=TITLE["en"],
                breaks=(3, 7),
            )
        ],
        conf="confidential",
        submitter=(CS, "Balkan Route Monitor", None),
        trap="request on the last page of a 3-page PDF",
    )
    add(
        slug="ngo-en-no-objection",
        frm=("Grace Thompson", "grace.thompson@caribbeanmigrantrights.org"),
        subject="Submission to the call for inputs",
        body=T("""
            Dear Working Group,

            The Caribbean Migrant Rights Coalition submits the attached document. We have no
            objection to publication.

            Best regards,
            Grace Thompson
            Caribbean Migrant Rights Coalition
            """),
        lang="en",
        tz=-4,
        atts=[
            docx_file("CMRC submission.docx", "en", doc("en", "cmrc", 5), title=TITLE["en"]),
        ],
        conf="publish",
        submitter=(CS, "Caribbean Migrant Rights Coalition", None),
        trap="negated objection: 'no objection to publication' means publish",
    )
    add(
        slug="ngo-en-do-not-publish",
        frm=("LGBTQ Refugees Safe Passage", "info@safepassage-lgbtq.org"),
        subject="Information for the Working Group",
        body=T("""
            Dear members of the Working Group,

            Please do not publish this submission. It is for the Working Group's information
            only, as several of the people described could be identified.

            Safe Passage
            """),
        lang="en",
        tz=0,
        atts=[
            pdf("SafePassage_information.pdf", "en", doc("en", "safepassage", 5)),
        ],
        conf="confidential",
        submitter=(CS, "LGBTQ Refugees Safe Passage", None),
        trap="'please do not publish': confidential",
    )
    add(
        slug="ngo-en-over-limit",
        frm=("Research Unit", "research@globaldetentionproject.example.org"),
        subject="Full report submitted to the call (PMSCs and detention)",
        body=T("""
            Dear Secretariat,

            We attach our full report (22 pages). It may be published. We are aware that the
            call asks for no more than 20 pages; an executive summary is on page 2.

            Global Detention Research Unit
            """),
        lang="en",
        tz=1,
        atts=[
            pdf(
                "GDRU_full_report_2020.pdf",
                "en",
                (EN + EN)[:22],
                title="Private security in immigration detention: a global review",
                breaks=tuple(range(1, 22)),
            )
        ],
        conf="publish",
        flags=["over_limit"],
        submitter=(CS, "Global Detention Research Unit", None),
        trap="22 pages: over_limit (flagged, not refused)",
    )
    add(
        slug="ngo-en-odt",
        frm=("Luca Ferri", "luca.ferri@libreborders.it"),
        subject="Submission from LibreBorders",
        body=T("""
            Dear Working Group,

            Please find our submission attached in OpenDocument format, as we only use free
            software. It may be published. Our main recommendation is that States should keep
            all coercive functions at borders in public hands.

            Luca Ferri
            LibreBorders, Torino
            """),
        lang="en",
        tz=1,
        atts=[odt_file("LibreBorders_submission.odt", doc("en", "libre", 4))],
        conf="publish",
        flags=["format_not_accepted"],
        submitter=(CS, "LibreBorders", None),
        trap=".odt attachment: format_not_accepted (its text is not required to be read)",
    )
    add(
        slug="ngo-en-ticked-form-pdf",
        frm=("Atlantic Migration Forum", "forum@atlanticmigration.org"),
        subject="Submission form + contribution",
        body=T("""
            Dear Secretariat,

            Please find attached our contribution, with the completed cover form.

            Regards,
            Atlantic Migration Forum
            """),
        lang="en",
        tz=0,
        atts=[
            pdf(
                "AMF_contribution_with_cover_form.pdf",
                "en",
                [
                    "COVER FORM",
                    "Name of the organisation: Atlantic Migration Forum",
                    "Type of stakeholder: civil society",
                    "[X] Yes, the submission may be published on the OHCHR website",
                    "[ ] No, the submission should be treated as confidential",
                    *doc("en", "amf", 5),
                ],
                title=TITLE["en"],
                breaks=(5,),
            )
        ],
        conf="publish",
        submitter=(CS, "Atlantic Migration Forum", None),
        trap="ticked box form '[X] Yes, may be published / [ ] No' in the PDF",
    )
    add(
        slug="ngo-en-html-only",
        frm=("Borderline Europe Watch", "newsroom@borderline-watch.eu"),
        subject="Contribution of Borderline Watch",
        body="",
        html=T("""
            <html><head><style>p {font-family: Calibri;}</style></head><body>
            <p>Dear Working Group,</p>
            <p>Please find below the contribution of <b>Borderline Watch</b>. We consent to
            its publication.</p>
            """)
        + "".join(f"<p>{p}</p>\n" for p in pick("en", 4, "blw"))
        + T("""
            <p>Borderline Watch, Hamburg</p>
            </body></html>
            """),
        lang="en",
        tz=1,
        conf="publish",
        submitter=(CS, "Borderline Watch", None),
        trap="HTML-only body holding the whole submission",
    )
    add(
        slug="ngo-en-logo-inline",
        frm=("Anita Kowalczyk", "a.kowalczyk@centralbordermonitor.pl"),
        subject="CBM submission PMSCs",
        body=T("""
            Dear Working Group,

            Central Border Monitor's submission is attached. We agree to its publication.

            Anita Kowalczyk
            Central Border Monitor | Warsaw
            """),
        html=T("""
            <html><body><p>Dear Working Group,</p>
            <p>Central Border Monitor's submission is attached. We agree to its publication.</p>
            <p>Anita Kowalczyk<br>Central Border Monitor | Warsaw<br>
            <img src="cid:image001@logo" alt="CBM"></p></body></html>
            """),
        lang="en",
        tz=1,
        atts=[
            png_logo(),
            pdf("CBM_submission.pdf", "en", doc("en", "cbm", 5), title=TITLE["en"]),
        ],
        conf="publish",
        submitter=(CS, "Central Border Monitor", None),
        trap="inline signature logo next to the document: the logo has no text",
    )
    add(
        slug="ngo-en-short-body-english-doc",
        frm=("Amparo Ruiz", "amparo@fronteraabierta.org"),
        subject="Contribución Frontera Abierta",
        body=T("""
            Buenos días,
            adjunto nuestra contribución (en inglés).
            Saludos
            """),
        lang="es",
        tz=-6,
        atts=[
            pdf(
                "Frontera_Abierta_submission_EN.pdf",
                "en",
                doc("en", "fa", 6, post=("Frontera Abierta, Ciudad Juárez",)),
                title=TITLE["en"],
            )
        ],
        submitter=(CS, "Frontera Abierta", None),
        trap="short Spanish body, long English document: language en",
    )
    add(
        slug="ngo-en-body-french-doc",
        frm=("Programme Officer", "programmes@migrationrightsafrica.org"),
        subject="Submission by Migration Rights Africa",
        body=T("""
            Dear Secretariat,

            Please find attached the submission of Migration Rights Africa to the call for
            inputs. Our francophone team in Dakar drafted it, so the document is in French. It
            may be published.

            Best regards,
            Programme Officer, Migration Rights Africa
            """),
        lang="en",
        tz=0,
        atts=[
            docx_file(
                "MRA_contribution_FR.docx",
                "fr",
                doc("fr", "mra", 6, post=("Migration Rights Africa, Dakar",)),
                title=TITLE["fr"],
            )
        ],
        conf="publish",
        submitter=(CS, "Migration Rights Africa", None),
        trap="English body, French document: language fr",
    )


def _checkbox_confidential() -> None:
    add(
        slug="ngo-en-checkbox-confidential",
        frm=("Hope Border Ministries", "office@hopeborderministries.org"),
        subject="Submission form and input",
        body=T("""
            Dear Secretariat,

            Attached is our input, with the cover sheet filled in.

            God bless,
            Hope Border Ministries, El Paso
            """),
        lang="en",
        tz=-7,
        atts=[
            docx_file(
                "HBM_input_with_cover_sheet.docx",
                "en",
                [
                    "Cover sheet - Hope Border Ministries",
                    "Publication preference:   ☐ Public   ☒ Confidential",
                    *doc("en", "hbm", 5),
                ],
                title=TITLE["en"],
            )
        ],
        conf="confidential",
        submitter=(CS, "Hope Border Ministries", None),
        trap="ticked box '☐ Public ☒ Confidential' in a DOCX cover sheet",
    )


# ====================================================================== civil society, ES


def civil_society_es() -> None:
    add(
        slug="ngo-es-autorizamos-pdf",
        frm=("Colectivo Frontera Digna", "contacto@fronteradigna.org.mx"),
        subject="Contribución del Colectivo Frontera Digna",
        body=T("""
            Estimado Grupo de Trabajo:

            Adjuntamos la contribución del Colectivo Frontera Digna a la convocatoria sobre
            empresas militares y de seguridad privadas en la gestión de las fronteras.
            Autorizamos la publicación de esta contribución.

            Atentamente,
            Colectivo Frontera Digna
            Tapachula, Chiapas
            """),
        lang="es",
        tz=-6,
        atts=[
            pdf(
                "Contribución_Frontera_Digna.pdf",
                "es",
                doc("es", "fd", 6, post=("Colectivo Frontera Digna, marzo de 2020",)),
                title=TITLE["es"],
            )
        ],
        conf="publish",
        submitter=(CS, "Colectivo Frontera Digna", None),
        trap="plain Spanish consent; accented attachment file name",
    )
    add(
        slug="ngo-es-docx-silent",
        frm=("Red Migrante del Sur", "redmigrantedelsur@gmail.com"),
        subject="Aporte Red Migrante del Sur",
        body=T("""
            Buenas tardes,

            Les hacemos llegar el aporte de la Red Migrante del Sur para el informe temático
            del Grupo de Trabajo. Quedamos atentas a cualquier consulta.

            Un saludo cordial,
            Coordinación Red Migrante del Sur
            """),
        lang="es",
        tz=-3,
        atts=[
            docx_file(
                "Aporte RMS.docx",
                "es",
                doc("es", "rms", 5, post=("Red Migrante del Sur, Santiago de Chile",)),
                title=TITLE["es"],
            )
        ],
        submitter=(CS, "Red Migrante del Sur", None),
        trap="network writing from gmail, nothing about publication",
    )
    add(
        slug="ngo-es-no-es-confidencial",
        frm=("Laura Castillo", "lcastillo@sinfronterascr.org"),
        subject="Contribución - Sin Fronteras Costa Rica",
        body=T("""
            Estimadas y estimados:

            Remitimos nuestra contribución. Esta información no es confidencial y puede
            difundirse.

            Saludos,
            Laura Castillo
            Asociación Sin Fronteras Costa Rica
            """),
        lang="es",
        tz=-6,
        atts=[
            pdf("Contribucion_SFCR.pdf", "es", doc("es", "sfcr", 5), title=TITLE["es"]),
        ],
        conf="publish",
        submitter=(CS, "Asociación Sin Fronteras Costa Rica", None),
        trap="Spanish negation 'no es confidencial': publish",
    )
    add(
        slug="ngo-es-contratos-confidenciales",
        frm=("Observatorio de Contratos Públicos", "observatorio@contratospublicos.org.co"),
        subject="Aporte sobre contratos de seguridad privada en fronteras",
        body=T("""
            Señoras y señores del Grupo de Trabajo:

            Enviamos nuestro aporte sobre los contratos confidenciales firmados entre el
            Estado y empresas de seguridad privada para la vigilancia de la frontera.

            Observatorio de Contratos Públicos, Bogotá
            """),
        lang="es",
        tz=-5,
        atts=[
            docx_file(
                "Aporte_OCP_contratos.docx",
                "es",
                [
                    "Los contratos confidenciales firmados entre el Estado y las empresas de "
                    "seguridad privada impiden conocer las obligaciones asumidas por los "
                    "contratistas. La reserva de estos contratos se justifica por razones de "
                    "seguridad nacional, pero se aplica incluso a cláusulas sobre condiciones de "
                    "detención.",
                    *doc("es", "ocp", 5),
                ],
                title=TITLE["es"],
            )
        ],
        submitter=(CS, "Observatorio de Contratos Públicos", None),
        trap="'contratos confidenciales' as topic only: unspecified",
    )
    add(
        slug="ngo-es-consent-disclaimer",
        frm=("Diego Ramírez", "dramirez@clinicamigrante.org.ar"),
        subject="Contribución Clínica Migrante - convocatoria EMSP",
        body=T("""
            Estimados:

            Adjunto la contribución de Clínica Migrante. Pueden publicarla en el sitio web.

            Saludos cordiales,
            Diego Ramírez
            Clínica Migrante - Buenos Aires

            --
            """)
        + DISCLAIMER_ES
        + "\n",
        lang="es",
        tz=-3,
        atts=[
            pdf(
                "Contribucion_Clinica_Migrante.pdf",
                "es",
                doc("es", "cm", 5),
                title=TITLE["es"],
            )
        ],
        conf="publish",
        flags=["disclaimer"],
        submitter=(CS, "Clínica Migrante", None),
        trap="consent plus Spanish e-mail disclaimer 'Este mensaje y sus anexos son "
        "confidenciales'",
    )
    add(
        slug="ngo-es-anonima",
        frm=("Defensoras de la Frontera", "defensorasfrontera@riseup.net"),
        subject="Aporte para el Grupo de Trabajo",
        body=T("""
            Hola,

            Les enviamos nuestro aporte. Por la seguridad de nuestras compañeras, pedimos que
            se publique de forma anónima, sin el nombre de la organización ni de las
            personas.

            Gracias.
            """),
        lang="es",
        tz=-6,
        atts=[
            docx_file("aporte.docx", "es", doc("es", "dlf", 5), title=TITLE["es"]),
        ],
        conf="publish",
        flags=["anonymous"],
        submitter=(CS, "Defensoras de la Frontera", None),
        trap="'de forma anónima': publish + anonymous",
    )
    add(
        slug="ngo-es-form-table-no",
        frm=("Pastoral de Movilidad Humana", "movilidad@pastoralmh.org.gt"),
        subject="Formulario y contribución",
        body=T("""
            Estimado equipo:

            Adjuntamos el formulario de presentación completado y nuestra contribución sobre la
            frontera entre Guatemala y México.

            Atentamente,
            Pastoral de Movilidad Humana
            """),
        lang="es",
        tz=-6,
        atts=[
            docx_file(
                "Formulario_y_contribucion_PMH.docx",
                "es",
                doc("es", "pmh", 5),
                title=TITLE["es"],
                table=[
                    ["Organización", "Pastoral de Movilidad Humana"],
                    ["País", "Guatemala"],
                    ["Publicación", "Sí ☐ No ☒"],
                ],
                table_at=0,
            )
        ],
        conf="confidential",
        submitter=(CS, "Pastoral de Movilidad Humana", None),
        trap="form in a DOCX table: 'Publicación: Sí ☐ No ☒' means confidential",
    )
    add(
        slug="ngo-es-confidencial",
        frm=("María Fernanda Ortiz", "mfortiz@programamigracion.org.hn"),
        subject="Contribución confidencial",
        body=T("""
            Estimado Grupo de Trabajo:

            Solicitamos que esta contribución sea tratada de manera confidencial, ya que
            contiene testimonios de personas que continúan en situación de riesgo.

            Muy atentamente,
            María Fernanda Ortiz
            Programa Migración y Derechos, Tegucigalpa
            """),
        lang="es",
        tz=-6,
        atts=[
            pdf("Contribucion_PMD.pdf", "es", doc("es", "pmd", 5), title=TITLE["es"]),
        ],
        conf="confidential",
        submitter=(CS, "Programa Migración y Derechos", None),
        trap="plain Spanish confidentiality request",
    )
    add(
        slug="ngo-es-no-autorizamos",
        frm=("Coordinadora", "coordinacion@redjesuitamigrantes.org"),
        subject="Aporte Red de Acompañamiento a Migrantes",
        body=T("""
            Buenos días,

            Compartimos el aporte de la Red de Acompañamiento a Migrantes. No autorizamos la
            publicación del documento; es solo para uso del Grupo de Trabajo.

            Saludos fraternos,
            Coordinación regional
            """),
        lang="es",
        tz=-5,
        atts=[
            docx_file("Aporte_RAM.docx", "es", doc("es", "ram", 5), title=TITLE["es"]),
        ],
        conf="confidential",
        submitter=(CS, "Red de Acompañamiento a Migrantes", None),
        trap="negated consent 'No autorizamos la publicación': confidential",
    )
    add(
        slug="ngo-es-google-drive",
        frm=("Javier Soto", "jsoto@derechosfronterizos.org.pe"),
        subject="Contribución (enlace a Google Drive)",
        body=T("""
            Estimados señores:

            Por el tamaño del archivo, compartimos nuestra contribución mediante el siguiente
            enlace de Google Drive:
            https://drive.google.com/file/d/1aB2cD3eF4gH5iJ6kL7mN8oP9qR0sT/view?usp=sharing

            Cualquier problema con el acceso, por favor avísenme.

            Javier Soto
            Centro de Derechos Fronterizos, Tacna
            """),
        lang="es",
        tz=-5,
        flags=["needs_download"],
        submitter=(CS, "Centro de Derechos Fronterizos", None),
        trap="Google Drive link instead of an attachment: needs_download",
    )
    add(
        slug="ngo-es-joint-listed",
        frm=("Incidencia", "incidencia@movilidadsegura.org"),
        subject="Contribución conjunta de 6 organizaciones",
        body=T("""
            Estimado Grupo de Trabajo:

            Adjuntamos una contribución conjunta encabezada por Movilidad Segura y suscrita por
            las organizaciones que figuran en la primera página. Las organizaciones firmantes
            autorizan su publicación.

            Equipo de incidencia
            Movilidad Segura
            """),
        lang="es",
        tz=-6,
        atts=[
            pdf(
                "Contribucion_conjunta_Movilidad_Segura.pdf",
                "es",
                doc(
                    "es",
                    "ms",
                    6,
                    pre=(
                        "Contribución conjunta de Movilidad Segura, con la adhesión de: "
                        "Casa del Migrante de Saltillo; Albergue Hermanos en el Camino; "
                        "Colectivo Tránsito Seguro; Voces Mesoamericanas; Fundación Éxodo.",
                    ),
                ),
                title=TITLE["es"],
            )
        ],
        conf="publish",
        submitter=(CS, "Movilidad Segura and 5 others", None),
        trap="Spanish joint submission with listed co-signatories",
    )
    add(
        slug="ngo-es-anexo-confidencial",
        frm=("Área Jurídica", "juridica@humanidadsinfronteras.org.ec"),
        subject="Contribución y anexos",
        body=T("""
            Estimados:

            Enviamos la contribución de Humanidad sin Fronteras con dos anexos. La contribución
            puede publicarse; el anexo 2, que incluye testimonios, es confidencial y no debe
            publicarse.

            Saludos,
            Área Jurídica, Humanidad sin Fronteras (Quito)
            """),
        lang="es",
        tz=-5,
        atts=[
            pdf("Contribucion_HSF.pdf", "es", doc("es", "hsf", 5), title=TITLE["es"]),
            pdf("Anexo_1_normativa.pdf", "es", doc("es", "hsf1", 2)),
            pdf("Anexo_2_testimonios.pdf", "es", doc("es", "hsf2", 2)),
        ],
        conf="confidential",
        flags=["partial_confidential"],
        submitter=(CS, "Humanidad sin Fronteras", None),
        trap="Spanish partial request (anexo 2): confidential + partial_confidential",
    )
    add(
        slug="ngo-es-body-only",
        frm=("Fundación Caminos", "fundacioncaminos@yahoo.com.ar"),
        subject="Aporte convocatoria EMSP y migración",
        body=T("""
            Estimado Grupo de Trabajo:

            Por medio del presente compartimos nuestro aporte. Pueden publicarlo.

            """)
        + "\n\n".join(pick("es", 5, "caminos"))
        + T("""


            Fundación Caminos
            Mendoza, Argentina
            """),
        lang="es",
        tz=-3,
        conf="publish",
        submitter=(CS, "Fundación Caminos", None),
        trap="Spanish body-only submission with consent",
    )
    add(
        slug="ngo-es-latin1",
        frm=("Asociación Pro Refugiados", "apr@prorefugiados.es"),
        subject="Contribución de la Asociación Pro Refugiados",
        body=T("""
            Estimados señores:

            Les remitimos la contribución de la Asociación Pro Refugiados sobre los centros de
            internamiento de extranjeros y la participación de empresas de seguridad privada.
            Damos nuestro consentimiento para que sea publicada.

            Reciban un cordial saludo,

            Asociación Pro Refugiados
            Calle de Atocha 54, Madrid
            """),
        lang="es",
        charset="iso-8859-1",
        tz=1,
        atts=[
            docx_file("Contribución APR.docx", "es", doc("es", "apr", 5), title=TITLE["es"]),
        ],
        conf="publish",
        submitter=(CS, "Asociación Pro Refugiados", None),
        trap="ISO-8859-1 body; consent 'damos nuestro consentimiento para que sea publicada'",
    )


# ====================================================================== civil society, FR


def civil_society_fr() -> None:
    add(
        slug="ngo-fr-autorisons",
        frm=("Association Frontières et Droits", "contact@frontieres-droits.fr"),
        subject="Contribution de l'association Frontières et Droits",
        body=T("""
            Madame, Monsieur,

            Veuillez trouver ci-joint la contribution de l'association Frontières et Droits à
            l'appel du Groupe de travail. Nous autorisons la publication de la présente
            contribution sur le site du HCDH.

            Bien cordialement,
            Claire Martin
            Chargée de plaidoyer
            """),
        lang="fr",
        tz=1,
        atts=[
            pdf(
                "Contribution_Frontieres_et_Droits.pdf",
                "fr",
                doc("fr", "fed", 6, post=("Frontières et Droits, Paris",)),
                title=TITLE["fr"],
            )
        ],
        conf="publish",
        submitter=(CS, "Frontières et Droits", None),
        trap="plain French consent",
    )
    add(
        slug="ngo-fr-pas-confidentielle",
        frm=("Karim Benali", "k.benali@migreurop-maghreb.org"),
        subject="Contribution – sociétés de sécurité privées et frontières",
        body=T("""
            Bonjour,

            Je vous transmets la contribution du Réseau Maghreb Migrations. Cette contribution
            n'est pas confidentielle.

            Cordialement,
            Karim Benali
            Réseau Maghreb Migrations, Tunis
            """),
        lang="fr",
        tz=1,
        atts=[
            docx_file("Contribution RMM.docx", "fr", doc("fr", "rmm", 5), title=TITLE["fr"]),
        ],
        conf="publish",
        submitter=(CS, "Réseau Maghreb Migrations", None),
        trap="French negation 'n'est pas confidentielle': publish",
    )
    add(
        slug="ngo-fr-ne-souhaitons-pas-confidentielle",
        frm=("Collectif Solidarité Exilés", "collectif.solidarite.exiles@orange.fr"),
        subject="Notre contribution",
        body=T("""
            Madame, Monsieur,

            Vous trouverez en pièce jointe la contribution du Collectif Solidarité Exilés
            (Calais). Nous ne souhaitons pas qu'elle reste confidentielle : elle peut être mise
            en ligne.

            Salutations solidaires,
            Le collectif
            """),
        lang="fr",
        tz=1,
        atts=[
            pdf("CSE_contribution.pdf", "fr", doc("fr", "cse", 5), title=TITLE["fr"]),
        ],
        conf="publish",
        submitter=(CS, "Collectif Solidarité Exilés", None),
        trap="'nous ne souhaitons pas qu'elle reste confidentielle': publish",
    )
    add(
        slug="ngo-fr-disclaimer-silent",
        frm=("Service juridique", "juridique@cimade-lyon.example.fr"),
        subject="Contribution à l'appel du Groupe de travail",
        body=T("""
            Madame, Monsieur,

            Veuillez trouver ci-joint la contribution de l'Antenne lyonnaise d'Accueil des
            Exilés concernant l'intervention de sociétés privées dans les centres de
            rétention administrative.

            Cordialement,
            Le service juridique

            """)
        + DISCLAIMER_FR
        + "\n",
        lang="fr",
        tz=1,
        atts=[
            pdf("Contribution_ALAE.pdf", "fr", doc("fr", "alae", 5), title=TITLE["fr"]),
        ],
        flags=["disclaimer"],
        submitter=(CS, "Antenne lyonnaise d'Accueil des Exilés", None),
        trap="French disclaimer only ('Ce message et toutes les pièces jointes sont "
        "confidentiels'): unspecified",
    )
    add(
        slug="ngo-fr-anonyme",
        frm=("Voix des Migrants", "voixdesmigrants.niamey@gmail.com"),
        subject="Contribution (publication anonyme SVP)",
        body=T("""
            Bonjour,

            Voici notre contribution. Nous acceptons qu'elle soit publiée, mais de manière
            anonyme : merci de ne mentionner ni le nom de l'association ni celui de ses
            membres.

            Merci beaucoup.
            """),
        lang="fr",
        tz=1,
        atts=[
            docx_file("contribution_VDM.docx", "fr", doc("fr", "vdm", 5), title=TITLE["fr"]),
        ],
        conf="publish",
        flags=["anonymous"],
        submitter=(CS, "Voix des Migrants", None),
        trap="'de manière anonyme': publish + anonymous",
    )
    add(
        slug="ngo-fr-confidentielle",
        frm=("Ligue des droits humains – Antenne Sahel", "secretariat@ldh-sahel.org"),
        subject="Contribution au rapport thématique",
        body=T("""
            Madame, Monsieur,

            Nous vous prions de bien vouloir traiter cette contribution de manière
            confidentielle, compte tenu des risques encourus par nos sources.

            Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

            Le Secrétariat
            Ligue des droits humains – Antenne Sahel
            """),
        lang="fr",
        tz=0,
        atts=[
            pdf("LDH_Sahel_contribution.pdf", "fr", doc("fr", "ldh", 5), title=TITLE["fr"]),
        ],
        conf="confidential",
        submitter=(CS, "Ligue des droits humains – Antenne Sahel", None),
        trap="plain French confidentiality request",
    )
    add(
        slug="ngo-fr-docx-footer-confidential",
        frm=("Observatoire des Frontières Alpines", "ofa@frontieres-alpines.org"),
        subject="Contribution OFA",
        body=T("""
            Bonjour,

            Ci-joint la contribution de l'Observatoire des Frontières Alpines sur la frontière
            franco-italienne et le recours à des agents de sécurité privés.

            Bonne journée,
            OFA
            """),
        lang="fr",
        tz=1,
        atts=[
            docx_file(
                "Contribution_OFA.docx",
                "fr",
                doc("fr", "ofa", 6),
                title=TITLE["fr"],
                footer="Document confidentiel – ne pas diffuser",
            )
        ],
        conf="confidential",
        submitter=(CS, "Observatoire des Frontières Alpines", None),
        trap="request only in the DOCX page footer",
    )
    add(
        slug="ngo-fr-onedrive",
        frm=("Amadou Diallo", "amadou.diallo@outlook.fr"),
        subject="Contribution AMDH Guinée – lien de téléchargement",
        body=T("""
            Madame, Monsieur,

            La contribution de l'Association malienne et guinéenne des droits de l'homme est
            disponible à l'adresse suivante (OneDrive) :
            https://1drv.ms/b/s!AkX9rT2mP4qW7hZcY3vN8bL1oJ6e?e=Qw3ErT

            Nous acceptons sa publication.

            Amadou Diallo
            AMDH Guinée, Conakry
            """),
        lang="fr",
        tz=0,
        conf="publish",
        flags=["needs_download"],
        submitter=(CS, "AMDH Guinée", None),
        trap="OneDrive link plus consent: publish + needs_download",
    )
    add(
        slug="ngo-fr-ticked-oui",
        frm=("Réseau Entraide Frontières", "ref@entraide-frontieres.be"),
        subject="Formulaire et contribution – Réseau Entraide Frontières",
        body=T("""
            Madame, Monsieur,

            Vous trouverez ci-joint notre contribution, précédée du formulaire demandé.

            Meilleures salutations,
            Réseau Entraide Frontières, Bruxelles
            """),
        lang="fr",
        tz=1,
        atts=[
            docx_file(
                "REF_formulaire_contribution.docx",
                "fr",
                [
                    "Nom de l'organisation : Réseau Entraide Frontières",
                    "Publication autorisée : ☒ Oui ☐ Non",
                    *doc("fr", "ref", 5),
                ],
                title=TITLE["fr"],
            )
        ],
        conf="publish",
        submitter=(CS, "Réseau Entraide Frontières", None),
        trap="ticked box 'Publication autorisée : ☒ Oui ☐ Non': publish",
    )
    add(
        slug="ngo-fr-body-only",
        frm=("Collectif Migrants Outre-Mer", "cmom.mayotte@laposte.net"),
        subject="Contribution du Collectif Migrants Outre-Mer",
        body=T("""
            Mesdames, Messieurs,

            Nous vous adressons ci-dessous notre contribution, qui peut être publiée.

            """)
        + "\n\n".join(pick("fr", 5, "cmom"))
        + T("""


            Collectif Migrants Outre-Mer, Mamoudzou
            """),
        lang="fr",
        tz=3,
        conf="publish",
        submitter=(CS, "Collectif Migrants Outre-Mer", None),
        trap="French body-only submission with consent",
    )
    add(
        slug="ngo-fr-ne-pas-publier",
        frm=("Association Tunisienne d'Aide aux Migrants", "atam.tunis@gmail.com"),
        subject="Contribution ATAM",
        body=T("""
            Bonjour,

            Ci-joint la contribution de l'ATAM. Nous ne souhaitons pas que ce document soit
            publié.

            Cordialement,
            ATAM
            """),
        lang="fr",
        tz=1,
        atts=[
            pdf("ATAM_contribution.pdf", "fr", doc("fr", "atam", 5), title=TITLE["fr"]),
        ],
        conf="confidential",
        submitter=(CS, "Association Tunisienne d'Aide aux Migrants", None),
        trap="negated consent 'ne souhaitons pas que ce document soit publié': confidential",
    )


# ====================================================================== States


def state(
    slug: str,
    addr: str,
    who: str,
    subject: str,
    body: str,
    lang: str,
    paras: list[str],
    fmt: str,
    filename: str,
    name: str,
    country: str,
    *,
    conf: str = "unspecified",
    tz: int = 1,
    kind: str = MS,
    trap: str = "note verbale",
    doc_lang: str | None = None,
) -> Spec:
    maker = pdf if fmt == "pdf" else docx_file
    atts = [maker(filename, doc_lang or lang, paras)] if fmt != "body" else []
    return add(
        slug=slug,
        frm=(who, addr),
        subject=subject,
        body=body,
        lang=lang,
        tz=tz,
        atts=atts,
        conf=conf,
        submitter=(kind, name, country),
        trap=trap,
    )


def states() -> None:
    state(
        "state-mexico-nv-es",
        "onuginebra@sre.gob.mx",
        "Misión Permanente de México - Ginebra",
        "Nota OGE-00734 - Convocatoria Grupo de Trabajo sobre mercenarios",
        T("""
            Estimados señores:

            Por instrucciones de la Misión Permanente de México, se remite adjunta la nota
            OGE-00734 con la información del Gobierno de México en respuesta a la convocatoria
            del Grupo de Trabajo.

            Saludos cordiales,
            Sección de Derechos Humanos
            Misión Permanente de México ante la ONU en Ginebra
            """),
        "es",
        nv_es("de México", "de México", "mex"),
        "pdf",
        "OGE-00734.pdf",
        "Mexico",
        "MEX",
        tz=1,
        trap="Spanish note verbale from a government domain; nothing on publication",
    )
    state(
        "state-france-nv-fr",
        "dfra.geneve-onu@diplomatie.gouv.fr",
        "Mission permanente de la France à Genève",
        "Note verbale – appel à contributions du Groupe de travail sur les mercenaires",
        T("""
            Madame, Monsieur,

            Veuillez trouver ci-joint la note verbale de la Mission permanente de la France
            transmettant la contribution des autorités françaises.

            Bien cordialement,
            Le service des droits de l'homme
            Mission permanente de la France auprès de l'Office des Nations Unies à Genève
            """),
        "fr",
        nv_fr("de la France", "français", "fra", k=5),
        "pdf",
        "NV 2020-0412 HCDH mercenaires.pdf",
        "France",
        "FRA",
        trap="French note verbale ('présente ses compliments'); nothing on publication",
    )
    state(
        "state-bolivia-gmail",
        "misionbolivia.ginebra@gmail.com",
        "Mision Bolivia Ginebra",
        "Nota Verbal - Contribución Estado Plurinacional de Bolivia",
        T("""
            De nuestra consideración:

            Adjuntamos la Nota Verbal MPB-GIN-118/2020 con la contribución del Estado
            Plurinacional de Bolivia.

            Atentamente,
            Misión Permanente de Bolivia en Ginebra
            """),
        "es",
        nv_es(
            "del Estado Plurinacional de Bolivia",
            "del Estado Plurinacional de Bolivia",
            "bol",
            post=(
                "La Misión Permanente no tiene objeción a que la presente contribución sea "
                "publicada en el sitio web de la Oficina del Alto Comisionado.",
            ),
        ),
        "pdf",
        "NV MPB-GIN-118-2020.pdf",
        "Bolivia (Plurinational State of)",
        "BOL",
        conf="publish",
        tz=1,
        trap="State writing from gmail with the note verbale attached; UN short name",
    )
    state(
        "state-turkiye-en",
        "geneva.un@mfa.gov.tr",
        "Permanent Mission of Turkey Geneva",
        "Note Verbale 2020/BMCO/7731",
        T("""
            Dear Sir/Madam,

            Please find attached Note Verbale No. 2020/BMCO/7731 of the Permanent Mission of
            the Republic of Turkey, containing the contribution of the Turkish Government to
            the call of the Working Group.

            Best regards,
            Permanent Mission of the Republic of Turkey to the UN Office at Geneva
            """),
        "en",
        nv_en("the Republic of Turkey", "the Republic of Turkey", "tur"),
        "docx",
        "NV-2020-BMCO-7731.docx",
        "Türkiye",
        "TUR",
        tz=3,
        trap="'Republic of Turkey' in 2020: the UN short name is now Türkiye",
    )
    state(
        "state-switzerland-fr",
        "geneve.onu@eda.admin.ch",
        "Mission permanente de la Suisse",
        "Contribution de la Suisse - appel du Groupe de travail sur les mercenaires",
        T("""
            Madame, Monsieur,

            La Mission permanente de la Suisse vous fait parvenir ci-joint la contribution de la
            Suisse. Le Gouvernement suisse consent à la publication de cette contribution.

            Avec nos meilleures salutations,
            Mission permanente de la Suisse auprès de l'Office des Nations Unies et des autres
            organisations internationales à Genève
            """),
        "fr",
        nv_fr("de la Suisse", "suisse", "che"),
        "pdf",
        "Note_CH_mercenaires_2020.pdf",
        "Switzerland",
        "CHE",
        conf="publish",
        trap="French consent by a State",
    )
    add(
        slug="state-qatar-body-nv",
        frm=("Permanent Mission of the State of Qatar", "geneva@mofa.gov.qa"),
        subject="Note Verbale - response to the call for inputs (PMSCs)",
        body="\n\n".join(nv_en("the State of Qatar", "the State of Qatar", "qat", k=3)) + "\n",
        lang="en",
        tz=3,
        submitter=(MS, "Qatar", "QAT"),
        trap="note verbale written in the body, no attachment",
    )
    state(
        "state-azerbaijan-en",
        "geneva@mission.mfa.gov.az",
        "Permanent Mission of the Republic of Azerbaijan",
        "Contribution of the Republic of Azerbaijan",
        T("""
            Dear colleagues,

            With reference to the call for inputs of the Working Group on the use of
            mercenaries, please find attached the note verbale of the Permanent Mission of the
            Republic of Azerbaijan.

            Kind regards,
            Permanent Mission of the Republic of Azerbaijan to the UN Office in Geneva
            """),
        "en",
        nv_en("the Republic of Azerbaijan", "the Republic of Azerbaijan", "aze"),
        "pdf",
        "AZE_NV_PMSC.pdf",
        "Azerbaijan",
        "AZE",
        tz=4,
    )
    state(
        "state-georgia-en",
        "geneva.mission@mfa.gov.ge",
        "Mission of Georgia to the UN Geneva",
        "Georgia – input to WG on mercenaries",
        T("""
            Dear Madam/Sir,

            Attached herewith please find the input of Georgia. The Government of Georgia has
            no objection to the publication of its contribution.

            Sincerely,
            Permanent Mission of Georgia to the UN Office and other International
            Organizations in Geneva
            """),
        "en",
        nv_en("Georgia", "Georgia", "geo"),
        "docx",
        "Georgia input WG mercenaries.docx",
        "Georgia",
        "GEO",
        conf="publish",
        tz=4,
        trap="'no objection to the publication' by a State",
    )
    state(
        "state-cuba-confidential",
        "mision.ginebra@minrex.gob.cu",
        "Misión Permanente de Cuba en Ginebra",
        "Nota verbal No. 117/2020",
        T("""
            Estimados colegas:

            Se adjunta la Nota verbal No. 117/2020 de la Misión Permanente de la República de
            Cuba.

            Saludos,
            Misión Permanente de Cuba
            """),
        "es",
        nv_es(
            "de la República de Cuba",
            "de la República de Cuba",
            "cub",
            post=(
                "La Misión Permanente solicita que la información contenida en la presente "
                "nota no sea publicada y se utilice exclusivamente para la elaboración del "
                "informe del Grupo de Trabajo.",
            ),
        ),
        "pdf",
        "NV-117-2020-Cuba.pdf",
        "Cuba",
        "CUB",
        conf="confidential",
        trap="State's request inside the note verbale ('no sea publicada')",
    )
    state(
        "state-ecuador-es",
        "eonuginebra@cancilleria.gob.ec",
        "Misión del Ecuador en Ginebra",
        "Respuesta del Ecuador - cuestionario EMSP",
        T("""
            Señores
            Oficina del Alto Comisionado para los Derechos Humanos
            Presente.-

            Adjunto sírvase encontrar la nota verbal con la respuesta del Ecuador.

            Atentamente,
            Tercer Secretario
            Misión Permanente del Ecuador ante la ONU y otros organismos internacionales
            """),
        "es",
        nv_es("del Ecuador", "del Ecuador", "ecu"),
        "docx",
        "Nota verbal 4-2-31-2020.docx",
        "Ecuador",
        "ECU",
    )
    state(
        "state-peru-es",
        "onuginebra@rree.gob.pe",
        "Misión Permanente del Perú",
        "Nota 7-10-M/114 - Grupo de Trabajo sobre mercenarios",
        T("""
            Estimados señores:

            Tengo el agrado de remitir la nota 7-10-M/114 de esta Misión Permanente, con los
            aportes del Estado peruano a la convocatoria.

            Cordialmente,
            Misión Permanente del Perú en Ginebra
            """),
        "es",
        nv_es("del Perú", "del Perú", "per"),
        "pdf",
        "Nota 7-10-M-114.pdf",
        "Peru",
        "PER",
    )
    state(
        "state-argentina-es",
        "eoiginebra@mrecic.gov.ar",
        "Misión Argentina Ginebra",
        "Contribución de la República Argentina",
        T("""
            Estimados:

            Se remite la contribución de la República Argentina. El Gobierno argentino
            autoriza su publicación en el sitio web de la OACNUDH.

            Saludos cordiales,
            Misión Permanente de la República Argentina ante los Organismos Internacionales
            en Ginebra
            """),
        "es",
        nv_es("de la República Argentina", "de la República Argentina", "arg"),
        "pdf",
        "Contribucion_Argentina_EMSP.pdf",
        "Argentina",
        "ARG",
        conf="publish",
    )
    state(
        "state-guatemala-hotmail",
        "misionguatemala.ginebra@hotmail.com",
        "Misión de Guatemala Ginebra",
        "NV Guatemala convocatoria mercenarios",
        T("""
            Buenas tardes,

            Adjunto la nota verbal de la Misión Permanente de Guatemala con la información
            solicitada por el Grupo de Trabajo.

            Saludos,
            Misión Permanente de Guatemala
            """),
        "es",
        nv_es("de Guatemala", "de Guatemala", "gtm"),
        "pdf",
        "NV-GTM-2020-088.pdf",
        "Guatemala",
        "GTM",
        trap="State writing from hotmail",
    )
    state(
        "state-spain-es",
        "rep.ginebra@maec.es",
        "Misión Permanente de España",
        "Contribución de España - Grupo de Trabajo sobre mercenarios",
        T("""
            Estimados señores:

            Adjunta se remite la contribución de España a la convocatoria del Grupo de Trabajo
            sobre la utilización de mercenarios.

            Un cordial saludo,
            Consejería de Derechos Humanos
            Misión Permanente de España en Ginebra
            """),
        "es",
        nv_es("de España", "de España", "esp"),
        "docx",
        "Contribución España EMSP.docx",
        "Spain",
        "ESP",
    )
    state(
        "state-russia-ru-docx",
        "geneva@mid.ru",
        "Permanent Mission of the Russian Federation",
        "Note verbale - contribution of the Russian Federation",
        T("""
            Dear colleagues,

            Please find attached the note verbale of the Permanent Mission of the Russian
            Federation with the information requested by the Working Group. The document is in
            Russian.

            Permanent Mission of the Russian Federation in Geneva
            """),
        "en",
        RU,
        "docx",
        "Note_verbale_RF.docx",
        "Russian Federation",
        "RUS",
        tz=3,
        doc_lang="ru",
        trap="document in Russian (language_ok false), English cover e-mail",
    )
    state(
        "state-iraq-ar-docx",
        "iraqmission.geneva@mofa.gov.iq",
        "Permanent Mission of Iraq - Geneva",
        "Note verbale from the Permanent Mission of Iraq",
        T("""
            Dear Sir/Madam,

            Kindly find attached the note verbale of the Permanent Mission of the Republic of
            Iraq in response to the call for inputs on private military and security
            companies.

            Best regards
            """),
        "en",
        AR,
        "docx",
        "مذكرة شفوية.docx",
        "Iraq",
        "IRQ",
        tz=3,
        doc_lang="ar",
        trap="note verbale in Arabic with an Arabic file name: language ar, not accepted",
    )
    state(
        "state-brazil-pt",
        "delbrasgen@itamaraty.gov.br",
        "Missão do Brasil em Genebra",
        "Contribuição do Brasil – Grupo de Trabalho sobre mercenários",
        T("""
            Prezados senhores,

            Encaminho, em anexo, a contribuição do Governo brasileiro à consulta do Grupo de
            Trabalho sobre o uso de mercenários.

            Atenciosamente,
            Missão Permanente do Brasil junto à ONU em Genebra
            """),
        "pt",
        PT,
        "pdf",
        "Contribuicao_Brasil_GT_mercenarios.pdf",
        "Brazil",
        "BRA",
        tz=1,
        trap="document and body in Portuguese: language pt, language_ok false",
    )
    state(
        "state-senegal-fr",
        "mission.senegal.geneve@diplomatie.gouv.sn",
        "Mission permanente du Sénégal",
        "Note verbale n°00231/MPS/G",
        T("""
            Madame, Monsieur,

            La Mission permanente de la République du Sénégal a l'honneur de vous transmettre,
            ci-jointe, sa note verbale relative à l'appel à contributions du Groupe de travail.

            Cordialement,
            Mission permanente du Sénégal à Genève
            """),
        "fr",
        nv_fr("de la République du Sénégal", "sénégalais", "sen"),
        "pdf",
        "NV 00231 MPS G.pdf",
        "Senegal",
        "SEN",
        tz=0,
    )
    state(
        "state-morocco-fr",
        "mission.geneve@maec.gov.ma",
        "Mission permanente du Royaume du Maroc",
        "Contribution du Royaume du Maroc",
        T("""
            Madame, Monsieur,

            Veuillez trouver ci-joint la contribution du Royaume du Maroc à l'appel du Groupe de
            travail sur l'utilisation de mercenaires.

            Bien à vous,
            Mission permanente du Royaume du Maroc à Genève
            """),
        "fr",
        nv_fr("du Royaume du Maroc", "du Royaume du Maroc", "mar", k=5),
        "docx",
        "Contribution Maroc.docx",
        "Morocco",
        "MAR",
        tz=0,
    )
    state(
        "state-cotedivoire-fr",
        "ambaci.geneve@diplomatie.gouv.ci",
        "Mission permanente de Côte d'Ivoire",
        "Contribution de la Côte d'Ivoire",
        T("""
            Madame, Monsieur,

            Nous avons l'honneur de vous faire parvenir la note verbale de la Mission permanente
            de la République de Côte d'Ivoire.

            Respectueusement,
            Mission permanente de Côte d'Ivoire à Genève
            """),
        "fr",
        nv_fr("de la République de Côte d'Ivoire", "ivoirien", "civ"),
        "pdf",
        "NV_CIV_2020.pdf",
        "Côte d'Ivoire",
        "CIV",
        tz=0,
    )
    state(
        "state-burkina-yahoo",
        "mp.burkina.geneve@yahoo.fr",
        "Mission Burkina Faso Geneve",
        "Transmission note verbale",
        T("""
            Bonjour,

            Ci-joint la note verbale de la Mission permanente du Burkina Faso relative à
            l'appel à contributions sur les sociétés militaires et de sécurité privées.

            Salutations
            """),
        "fr",
        nv_fr("du Burkina Faso", "burkinabè", "bfa"),
        "pdf",
        "scan0042_NV.pdf",
        "Burkina Faso",
        "BFA",
        tz=0,
        trap="State writing from yahoo.fr",
    )
    state(
        "state-madagascar-fr",
        "mission.geneve@diplomatie.gov.mg",
        "Mission permanente de Madagascar",
        "Réponse de Madagascar à l'appel à contributions",
        T("""
            Madame, Monsieur,

            Ci-joint, la réponse de la République de Madagascar à l'appel du Groupe de travail.
            Le Gouvernement malagasy ne voit pas d'objection à sa publication.

            Veuillez agréer nos salutations distinguées.
            Mission permanente de Madagascar
            """),
        "fr",
        nv_fr("de la République de Madagascar", "malagasy", "mdg"),
        "pdf",
        "Reponse_Madagascar.pdf",
        "Madagascar",
        "MDG",
        conf="publish",
        tz=3,
        trap="French negation 'ne voit pas d'objection à sa publication': publish",
    )
    state(
        "state-lebanon-fr",
        "mission.lebanon.geneva@mfa.gov.lb",
        "Permanent Mission of Lebanon",
        "Lebanon - reply to the WG call",
        T("""
            Madame, Monsieur,

            La Mission permanente du Liban a l'honneur de vous transmettre la réponse du
            Gouvernement libanais à l'appel à contributions du Groupe de travail.

            Avec nos salutations distinguées,
            Mission permanente du Liban auprès de l'Office des Nations Unies à Genève
            """),
        "fr",
        nv_fr("du Liban", "libanais", "lbn"),
        "pdf",
        "Reponse Liban.pdf",
        "Lebanon",
        "LBN",
        tz=2,
    )
    state(
        "state-philippines-en",
        "geneva.pm@dfa.gov.ph",
        "Philippine Mission Geneva",
        "Philippine submission: PMSCs in immigration and border management",
        T("""
            Dear colleagues,

            Please see attached the submission of the Government of the Philippines.

            Thank you and best regards,
            Human Rights Section
            Permanent Mission of the Philippines to the UN and other International
            Organizations in Geneva
            """),
        "en",
        nv_en("the Republic of the Philippines", "the Philippines", "phl"),
        "pdf",
        "PHL submission WG mercenaries.pdf",
        "Philippines",
        "PHL",
        tz=8,
    )
    state(
        "state-greece-en",
        "gr.un.gen@mfa.gr",
        "Permanent Mission of Greece",
        "Contribution of Greece",
        T("""
            Dear Sirs,

            Attached please find the contribution of Greece, which may be published.

            Kind regards,
            Permanent Mission of Greece in Geneva
            """),
        "en",
        nv_en("Greece", "the Hellenic Republic", "grc"),
        "pdf",
        "GR_contribution.pdf",
        "Greece",
        "GRC",
        conf="publish",
        tz=2,
    )
    state(
        "state-italy-en",
        "rappgin.onu@esteri.it",
        "Rappresentanza Permanente d'Italia Ginevra",
        "Italy - contribution to the call for inputs",
        T("""
            Dear Colleagues,

            On behalf of the Permanent Mission of Italy, please find attached the contribution
            of the Italian authorities.

            Best regards,
            Human Rights Office
            Permanent Mission of Italy to the United Nations Office in Geneva
            """),
        "en",
        nv_en("Italy", "Italy", "ita"),
        "docx",
        "Italy contribution PMSC.docx",
        "Italy",
        "ITA",
    )
    state(
        "state-venezuela-es",
        "misionvenezuela.ginebra@mppre.gob.ve",
        "Misión Permanente de Venezuela",
        "Nota Verbal - Contribución de la República Bolivariana de Venezuela",
        T("""
            Estimados:

            Se remite la Nota Verbal de la Misión Permanente de la República Bolivariana de
            Venezuela con la contribución solicitada.

            Atentamente,
            Misión Permanente de la República Bolivariana de Venezuela en Ginebra
            """),
        "es",
        nv_es(
            "de la República Bolivariana de Venezuela",
            "de la República Bolivariana de Venezuela",
            "ven",
        ),
        "pdf",
        "NV-VEN-0219.pdf",
        "Venezuela (Bolivarian Republic of)",
        "VEN",
        tz=-4,
        trap="long-form State name to UN short name 'Venezuela (Bolivarian Republic of)'",
    )
    state(
        "state-iran-confidential",
        "mission.geneva@mfa.ir",
        "Permanent Mission of the I.R. of Iran",
        "Note Verbale - PMSCs (not for publication)",
        T("""
            Dear Sir/Madam,

            Attached please find the note verbale of the Permanent Mission of the Islamic
            Republic of Iran.

            Regards
            """),
        "en",
        nv_en(
            "the Islamic Republic of Iran",
            "the Islamic Republic of Iran",
            "irn",
            post=(
                "The Permanent Mission requests that the present note and its content be "
                "treated as confidential.",
            ),
        ),
        "pdf",
        "NV Iran 2020-54.pdf",
        "Iran (Islamic Republic of)",
        "IRN",
        conf="confidential",
        tz=3,
        trap="request in the note verbale and in the subject ('not for publication')",
    )
    state(
        "state-uk-en",
        "uk-mission-geneva@fco.gov.uk",
        "UK Mission Geneva",
        "UK contribution: PMSCs in immigration and border management",
        T("""
            Dear colleagues,

            Please find attached the UK's contribution to the Working Group's call for inputs.
            We are content for this contribution to be published on the OHCHR website.

            Kind regards,
            Human Rights Team
            UK Mission to the UN in Geneva
            """),
        "en",
        nv_en(
            "the United Kingdom of Great Britain and Northern Ireland",
            "the United Kingdom",
            "gbr",
        ),
        "docx",
        "UK contribution - WG mercenaries.docx",
        "United Kingdom of Great Britain and Northern Ireland",
        "GBR",
        conf="publish",
        tz=0,
        trap="'content for this contribution to be published'; UN short name for the UK",
    )
    state(
        "state-paraguay-es",
        "misionpy.ginebra@mre.gov.py",
        "Misión del Paraguay",
        "Contribución del Paraguay",
        T("""
            Estimados señores:

            Por instrucción de la Misión Permanente de la República del Paraguay, remito la
            contribución del Estado paraguayo.

            Cordiales saludos,
            Misión Permanente del Paraguay en Ginebra
            """),
        "es",
        nv_es("de la República del Paraguay", "de la República del Paraguay", "pry"),
        "pdf",
        "Contribucion_PY.pdf",
        "Paraguay",
        "PRY",
        tz=-4,
    )
    state(
        "state-honduras-es",
        "mision.ginebra@sre.gob.hn",
        "Misión de Honduras en Ginebra",
        "Respuesta de Honduras",
        T("""
            Estimados:

            Adjuntamos la respuesta del Estado de Honduras, la cual no es confidencial.

            Atentamente,
            Misión Permanente de Honduras
            """),
        "es",
        nv_es("de Honduras", "de Honduras", "hnd"),
        "docx",
        "Respuesta Honduras.docx",
        "Honduras",
        "HND",
        conf="publish",
        tz=-6,
        trap="State: 'la cual no es confidencial' means publish",
    )
    state(
        "state-tunisia-fr",
        "mission.tunisie.geneve@diplomatie.gov.tn",
        "Mission permanente de Tunisie",
        "Contribution de la Tunisie",
        T("""
            Madame, Monsieur,

            La Mission permanente de Tunisie a l'honneur de transmettre ci-joint la contribution
            des autorités tunisiennes.

            Mission permanente de Tunisie à Genève
            """),
        "fr",
        nv_fr("de Tunisie", "tunisien", "tun"),
        "pdf",
        "Contribution Tunisie.pdf",
        "Tunisia",
        "TUN",
    )
    state(
        "state-belgium-fr",
        "geneve.onu@diplobel.fed.be",
        "Représentation permanente de la Belgique",
        "Contribution belge – sociétés militaires et de sécurité privées",
        T("""
            Madame, Monsieur,

            Vous trouverez ci-joint la contribution de la Belgique. La Belgique marque son
            accord sur la publication de ce document.

            Cordialement,
            Représentation permanente de la Belgique auprès de l'ONU à Genève
            """),
        "fr",
        nv_fr("de la Belgique", "belge", "bel"),
        "docx",
        "Contribution Belgique.docx",
        "Belgium",
        "BEL",
        conf="publish",
    )
    state(
        "state-egypt-en",
        "egyptmission.geneva@mfa.gov.eg",
        "Permanent Mission of Egypt",
        "Egypt's response to the call for inputs",
        T("""
            Dear Sir/Madam,

            With reference to the call for inputs of the Working Group on the use of
            mercenaries, attached herewith the response of the Arab Republic of Egypt.

            Best regards,
            Permanent Mission of the Arab Republic of Egypt in Geneva
            """),
        "en",
        nv_en("the Arab Republic of Egypt", "the Arab Republic of Egypt", "egy"),
        "pdf",
        "Egypt response.pdf",
        "Egypt",
        "EGY",
        tz=2,
    )
    state(
        "state-korea-en",
        "genevamission@mofa.go.kr",
        "Permanent Mission of the Republic of Korea",
        "ROK input on PMSCs in border management",
        T("""
            Dear colleagues,

            Please find attached the input of the Government of the Republic of Korea.

            Best regards,
            Permanent Mission of the Republic of Korea in Geneva
            """),
        "en",
        nv_en("the Republic of Korea", "the Republic of Korea", "kor"),
        "pdf",
        "ROK_input.pdf",
        "Republic of Korea",
        "KOR",
        tz=9,
    )
    state(
        "observer-holy-see",
        "mission@holyseemission-geneva.org",
        "Permanent Observer Mission of the Holy See",
        "Contribution of the Holy See",
        T("""
            Dear Sir or Madam,

            The Permanent Observer Mission of the Holy See is pleased to share its contribution
            to the call for inputs of the Working Group.

            With kind regards,
            Permanent Observer Mission of the Holy See to the United Nations in Geneva
            """),
        "en",
        nv_en("the Holy See", "the Holy See", "vat", k=3),
        "pdf",
        "Holy See contribution.pdf",
        "Holy See",
        "VAT",
        kind=OBS,
        trap="observer State (Holy See)",
    )
    state(
        "observer-palestine",
        "palestine.mission.geneva@gmail.com",
        "Mission of the State of Palestine",
        "Contribution of the State of Palestine",
        T("""
            Dear Secretariat,

            Please find attached the contribution of the State of Palestine. It may be
            published.

            Permanent Observer Mission of the State of Palestine to the United Nations Office
            at Geneva
            """),
        "en",
        nv_en("the State of Palestine", "the State of Palestine", "pse"),
        "docx",
        "Palestine contribution.docx",
        "State of Palestine",
        "PSE",
        conf="publish",
        tz=2,
        kind=OBS,
        trap="observer State (State of Palestine) from gmail",
    )


# ====================================================================== NHRIs


def nhris() -> None:
    add(
        slug="nhri-colombia-defensoria",
        frm=("Defensoría del Pueblo de Colombia", "asuntosinternacionales@defensoria.gov.co"),
        subject="Aporte de la Defensoría del Pueblo de Colombia",
        body=T("""
            Respetados señores:

            La Defensoría del Pueblo de Colombia remite su aporte a la convocatoria del Grupo
            de Trabajo. Autorizamos su publicación.

            Cordialmente,
            Delegada para Asuntos Internacionales
            Defensoría del Pueblo - Colombia
            """),
        lang="es",
        tz=-5,
        atts=[
            pdf("Aporte_Defensoria_Colombia.pdf", "es", doc("es", "dpcol", 6), title=TITLE["es"])
        ],
        conf="publish",
        submitter=(NHRI, "Defensoría del Pueblo de Colombia", "COL"),
        trap="NHRI (Defensoría del Pueblo) with consent",
    )
    add(
        slug="nhri-mexico-cndh",
        frm=("CNDH México", "asuntos.internacionales@cndh.org.mx"),
        subject="Contribución de la CNDH",
        body=T("""
            Estimado Grupo de Trabajo:

            Adjunto encontrarán la contribución de la Comisión Nacional de los Derechos Humanos
            de México, elaborada a partir de las visitas del Mecanismo Nacional de Prevención
            de la Tortura a estaciones migratorias.

            Atentamente,
            Dirección General de Asuntos Internacionales, CNDH
            """),
        lang="es",
        tz=-6,
        atts=[docx_file("Contribucion CNDH.docx", "es", doc("es", "cndh", 6), title=TITLE["es"])],
        submitter=(NHRI, "Comisión Nacional de los Derechos Humanos", "MEX"),
        trap="NHRI of Mexico; nothing on publication",
    )
    add(
        slug="nhri-kenya",
        frm=("KNCHR", "haki@knchr.org"),
        subject="KNCHR submission to the Working Group on mercenaries",
        body=T("""
            Dear Sir/Madam,

            The Kenya National Commission on Human Rights (KNCHR), an A-status national human
            rights institution, submits the attached input. The Commission consents to its
            publication.

            Yours faithfully,
            Commission Secretary
            """),
        lang="en",
        tz=3,
        atts=[pdf("KNCHR_submission.pdf", "en", doc("en", "knchr", 6), title=TITLE["en"])],
        conf="publish",
        submitter=(NHRI, "Kenya National Commission on Human Rights", "KEN"),
        trap="A-status NHRI writing in English",
    )
    add(
        slug="nhri-morocco-cndh",
        frm=("CNDH Maroc", "international@cndh.org.ma"),
        subject="Contribution du Conseil national des droits de l'Homme",
        body=T("""
            Madame, Monsieur,

            Le Conseil national des droits de l'Homme du Royaume du Maroc a l'honneur de vous
            transmettre sa contribution.

            Cordialement,
            Direction de la coopération internationale
            """),
        lang="fr",
        tz=0,
        atts=[pdf("Contribution_CNDH_Maroc.pdf", "fr", doc("fr", "cndhma", 6), title=TITLE["fr"])],
        submitter=(NHRI, "Conseil national des droits de l'Homme", "MAR"),
        trap="NHRI of Morocco in French",
    )
    add(
        slug="nhri-scotland",
        frm=("Scottish Human Rights Commission", "hello@scottishhumanrights.com"),
        subject="SHRC input – PMSCs and immigration detention",
        body=T("""
            Dear colleagues,

            Please find attached the Scottish Human Rights Commission's input, focusing on
            Dungavel immigration removal centre, which is run by a private contractor. We have
            no objection to it being published.

            Best wishes,
            Scottish Human Rights Commission
            """),
        lang="en",
        tz=0,
        atts=[docx_file("SHRC input.docx", "en", doc("en", "shrc", 5), title=TITLE["en"])],
        conf="publish",
        submitter=(NHRI, "Scottish Human Rights Commission", "GBR"),
        trap="sub-national NHRI: country GBR",
    )
    add(
        slug="nhri-denmark",
        frm=("Danish Institute for Human Rights", "info@humanrights.dk"),
        subject="Input from the Danish Institute for Human Rights",
        body=T("""
            Dear Working Group,

            Attached is the input of the Danish Institute for Human Rights.

            Kind regards,
            Danish Institute for Human Rights
            Wilders Plads 8K, Copenhagen
            """),
        lang="en",
        tz=1,
        atts=[pdf("DIHR input.pdf", "en", doc("en", "dihr", 5), title=TITLE["en"])],
        submitter=(NHRI, "Danish Institute for Human Rights", "DNK"),
        trap="NHRI whose name has no 'commission'",
    )
    add(
        slug="nhri-argentina-defensoria",
        frm=("Defensoría del Pueblo de la Nación", "internacionales@dpn.gob.ar"),
        subject="Contribución - Defensoría del Pueblo de la Nación Argentina",
        body=T("""
            Estimados:

            Remitimos la contribución de la Defensoría del Pueblo de la Nación Argentina. La
            información puede ser publicada.

            Saludos cordiales,
            Área de Relaciones Internacionales
            """),
        lang="es",
        tz=-3,
        atts=[pdf("DPN_contribucion.pdf", "es", doc("es", "dpn", 5), title=TITLE["es"])],
        conf="publish",
        submitter=(NHRI, "Defensoría del Pueblo de la Nación Argentina", "ARG"),
        trap="NHRI (Argentina) with consent",
    )
    add(
        slug="nhri-south-africa",
        frm=("SAHRC", "info@sahrc.org.za"),
        subject="South African Human Rights Commission – input on PMSCs at borders",
        body=T("""
            Good day,

            Kindly find attached the South African Human Rights Commission's input regarding
            the Lindela Repatriation Centre and the use of private security at ports of entry.

            Regards,
            Parliamentary and International Affairs Unit, SAHRC
            """),
        lang="en",
        tz=2,
        atts=[pdf("SAHRC_input_PMSC.pdf", "en", doc("en", "sahrc", 6), title=TITLE["en"])],
        submitter=(NHRI, "South African Human Rights Commission", "ZAF"),
        trap="NHRI (South Africa)",
    )
    add(
        slug="nhri-philippines-chr",
        frm=("Commission on Human Rights", "international@chr.gov.ph"),
        subject="CHRP submission",
        body=T("""
            Dear Secretariat,

            The Commission on Human Rights of the Philippines respectfully submits the attached
            document. This submission is not confidential.

            Respectfully,
            Commission on Human Rights of the Philippines
            """),
        lang="en",
        tz=8,
        atts=[docx_file("CHRP submission.docx", "en", doc("en", "chrp", 5), title=TITLE["en"])],
        conf="publish",
        submitter=(NHRI, "Commission on Human Rights of the Philippines", "PHL"),
        trap="NHRI on a .gov.ph domain: not a member State",
    )
    add(
        slug="nhri-spain-defensor",
        frm=("Defensor del Pueblo", "registro@defensordelpueblo.es"),
        subject="Contribución del Defensor del Pueblo de España",
        body=T("""
            Estimados señores:

            Se adjunta la contribución del Defensor del Pueblo, en su condición de Mecanismo
            Nacional de Prevención de la Tortura, sobre los centros de internamiento de
            extranjeros.

            Un saludo,
            Gabinete del Defensor del Pueblo
            """),
        lang="es",
        tz=1,
        atts=[pdf("Contribucion_Defensor_del_Pueblo.pdf", "es", doc("es", "dpe", 6))],
        submitter=(NHRI, "Defensor del Pueblo", "ESP"),
        trap="NHRI of Spain",
    )
    add(
        slug="nhri-australia",
        frm=("Australian Human Rights Commission", "international@humanrights.gov.au"),
        subject="AHRC submission – immigration detention and private contractors",
        body=T("""
            Dear Working Group,

            Please find attached a submission from the Australian Human Rights Commission. The
            Commission is happy for the submission to be published.

            Regards,
            Australian Human Rights Commission
            """),
        lang="en",
        tz=11,
        atts=[pdf("AHRC_submission.pdf", "en", doc("en", "ahrc", 6), title=TITLE["en"])],
        conf="publish",
        submitter=(NHRI, "Australian Human Rights Commission", "AUS"),
        trap="NHRI on a .gov.au domain",
    )
    add(
        slug="nhri-togo-cndh",
        frm=("CNDH Togo", "cndh.togo@yahoo.fr"),
        subject="Contribution de la CNDH du Togo",
        body=T("""
            Madame, Monsieur,

            La Commission nationale des droits de l'homme du Togo vous transmet en pièce jointe
            sa contribution relative au rôle des sociétés militaires et de sécurité privées.

            Le Secrétaire administratif
            """),
        lang="fr",
        tz=0,
        atts=[docx_file("Contribution CNDH Togo.docx", "fr", doc("fr", "cndhtg", 5))],
        submitter=(NHRI, "Commission nationale des droits de l'homme du Togo", "TGO"),
        trap="NHRI writing from yahoo.fr",
    )


# ====================================================================== international organizations


def international() -> None:
    add(
        slug="io-unhcr",
        frm=("UNHCR Division of International Protection", "hqpr00@unhcr.org"),
        subject="UNHCR input to the WG on the use of mercenaries",
        body=T("""
            Dear colleagues,

            Please find attached UNHCR's input to the call for submissions. UNHCR has no
            objection to the publication of this input.

            With best regards,
            Protection Policy and Legal Advice Section
            Division of International Protection, UNHCR
            """),
        lang="en",
        tz=1,
        atts=[pdf("UNHCR_input_PMSC.pdf", "en", doc("en", "unhcr", 6), title=TITLE["en"])],
        conf="publish",
        submitter=(IO, "UNHCR", None),
        trap="UN agency (unhcr.org)",
    )
    add(
        slug="io-unodc",
        frm=("UNODC Section", "unodc-htmss@un.org"),
        subject="Input from UNODC",
        body=T("""
            Dear Working Group secretariat,

            Attached please find the input of the United Nations Office on Drugs and Crime on
            smuggling of migrants and the role of private security providers.

            Best regards,
            Human Trafficking and Migrant Smuggling Section, UNODC
            """),
        lang="en",
        tz=1,
        atts=[docx_file("UNODC input.docx", "en", doc("en", "unodc", 5))],
        submitter=(IO, "United Nations Office on Drugs and Crime", None),
        trap="UN entity on un.org",
    )
    add(
        slug="io-unwomen",
        frm=("UN Women", "hr.policy@unwomen.org"),
        subject="UN Women contribution – gender dimensions of private security at borders",
        body=T("""
            Dear colleagues,

            UN Women is pleased to share the attached contribution, which may be published.

            Regards,
            Policy Division, UN Women
            """),
        lang="en",
        tz=-5,
        atts=[pdf("UNWomen_contribution.pdf", "en", [EN[8], *doc("en", "unw", 4)])],
        conf="publish",
        submitter=(IO, "UN Women", None),
        trap="UN entity",
    )
    add(
        slug="io-oas-cidh",
        frm=("CIDH - OEA", "cidhdenuncias@oas.org"),
        subject="Aporte de la Comisión Interamericana de Derechos Humanos",
        body=T("""
            Estimados:

            La Secretaría Ejecutiva de la Comisión Interamericana de Derechos Humanos remite su
            aporte a la convocatoria del Grupo de Trabajo. Puede publicarse.

            Atentamente,
            Relatoría sobre los Derechos de las Personas Migrantes, CIDH
            """),
        lang="es",
        tz=-5,
        atts=[pdf("Aporte_CIDH.pdf", "es", doc("es", "cidh", 6), title=TITLE["es"])],
        conf="publish",
        submitter=(IO, "Comisión Interamericana de Derechos Humanos", None),
        trap="regional organization (oas.org) writing in Spanish",
    )
    add(
        slug="io-coe",
        frm=("Council of Europe – Migration", "migration.rep@coe.int"),
        subject="Contribution du Conseil de l'Europe",
        body=T("""
            Madame, Monsieur,

            Veuillez trouver ci-joint la contribution du Bureau du Représentant spécial de la
            Secrétaire Générale sur les migrations et les réfugiés du Conseil de l'Europe.

            Meilleures salutations,
            Conseil de l'Europe, Strasbourg
            """),
        lang="fr",
        tz=1,
        atts=[pdf("Contribution_CoE.pdf", "fr", doc("fr", "coe", 6), title=TITLE["fr"])],
        submitter=(IO, "Conseil de l'Europe", None),
        trap="regional organization (coe.int) in French",
    )
    add(
        slug="io-african-union",
        frm=("Commission de l'UA - DAS", "dsa@africa-union.org"),
        subject="Contribution de la Commission de l'Union africaine",
        body=T("""
            Madame, Monsieur,

            Le Département des affaires sociales de la Commission de l'Union africaine vous
            adresse ci-joint sa contribution sur les acteurs de la sécurité privée et la
            gouvernance des migrations en Afrique.

            Cordialement,
            Commission de l'Union africaine, Addis-Abeba
            """),
        lang="fr",
        tz=3,
        atts=[pdf("Contribution_CUA.pdf", "fr", doc("fr", "auc", 6), title=TITLE["fr"])],
        submitter=(IO, "Commission de l'Union africaine", None),
        trap="regional organization (africa-union.org) in French",
    )
    add(
        slug="io-osce-odihr",
        frm=("OSCE/ODIHR Migration", "migration@odihr.pl"),
        subject="ODIHR input",
        body=T("""
            Dear colleagues,

            Please find attached ODIHR's input to the call for inputs. We have no objection to
            publication.

            Kind regards,
            Human Rights Department, OSCE Office for Democratic Institutions and Human Rights
            """),
        lang="en",
        tz=1,
        atts=[docx_file("ODIHR input.docx", "en", doc("en", "odihr", 5))],
        conf="publish",
        submitter=(IO, "OSCE Office for Democratic Institutions and Human Rights", None),
        trap="regional organization on a .pl domain",
    )
    add(
        slug="io-fra-eu",
        frm=("FRA", "info@fra.europa.eu"),
        subject="FRA contribution to the WG call for inputs",
        body=T("""
            Dear Secretariat,

            The European Union Agency for Fundamental Rights (FRA) submits the attached
            contribution. Please note that it may be published.

            Best regards,
            Institutional Cooperation and Networks Unit, FRA, Vienna
            """),
        lang="en",
        tz=1,
        atts=[pdf("FRA_contribution.pdf", "en", doc("en", "fra", 6), title=TITLE["en"])],
        conf="publish",
        submitter=(IO, "European Union Agency for Fundamental Rights", None),
        trap="EU agency",
    )
    add(
        slug="io-ilo-fr",
        frm=("OIT – MIGRANT", "migrant@ilo.org"),
        subject="Contribution de l'OIT",
        body=T("""
            Madame, Monsieur,

            Le Service des migrations de main-d'œuvre de l'Organisation internationale du
            Travail vous transmet sa contribution. Elle peut être publiée.

            Cordialement,
            MIGRANT, OIT Genève
            """),
        lang="fr",
        tz=1,
        atts=[pdf("Contribution_OIT.pdf", "fr", doc("fr", "oit", 5), title=TITLE["fr"])],
        conf="publish",
        submitter=(IO, "Organisation internationale du Travail", None),
        trap="UN specialized agency in French",
    )
    add(
        slug="io-unicef-es",
        frm=("UNICEF LACRO", "lacro.migracion@unicef.org"),
        subject="Contribución de UNICEF - niñez migrante y seguridad privada",
        body=T("""
            Estimados colegas:

            Adjuntamos la contribución de la Oficina Regional de UNICEF para América Latina y el
            Caribe sobre niñas, niños y adolescentes migrantes bajo custodia de empresas de
            seguridad privada.

            Saludos cordiales,
            UNICEF - Oficina Regional para América Latina y el Caribe, Panamá
            """),
        lang="es",
        tz=-5,
        atts=[docx_file("Contribucion UNICEF LACRO.docx", "es", doc("es", "unicef", 5))],
        submitter=(IO, "UNICEF", None),
        trap="UN agency regional office in Spanish",
    )
    add(
        slug="io-ecowas-fr",
        frm=("Commission de la CEDEAO", "libre.circulation@ecowas.int"),
        subject="Contribution de la Commission de la CEDEAO",
        body=T("""
            Madame, Monsieur,

            La Direction de la libre circulation des personnes de la Commission de la CEDEAO
            vous adresse ci-joint sa contribution.

            Veuillez agréer l'expression de notre considération distinguée.
            """),
        lang="fr",
        tz=0,
        atts=[pdf("Contribution_CEDEAO.pdf", "fr", doc("fr", "cedeao", 5), title=TITLE["fr"])],
        submitter=(IO, "Commission de la CEDEAO", None),
        trap="regional organization in French",
    )


# ====================================================================== academics


def academics() -> None:
    add(
        slug="acad-essex",
        frm=("Dr Helen Marsh", "h.marsh@essex.ac.uk"),
        subject="Submission – Human Rights Centre, University of Essex",
        body=T("""
            Dear Working Group,

            Please find attached a submission from researchers at the Human Rights Centre,
            University of Essex. We are happy for it to be published.

            Best wishes,
            Dr Helen Marsh
            Senior Lecturer, School of Law and Human Rights Centre
            University of Essex
            """),
        lang="en",
        tz=0,
        atts=[pdf("Essex_HRC_submission.pdf", "en", doc("en", "essex", 6), title=TITLE["en"])],
        conf="publish",
        submitter=(AC, "Human Rights Centre, University of Essex", None),
        trap="university (.ac.uk)",
    )
    add(
        slug="acad-geneva-academy",
        frm=("Geneva Academy", "info@geneva-academy.ch"),
        subject="Geneva Academy contribution on PMSCs and border management",
        body=T("""
            Dear colleagues,

            On behalf of the Geneva Academy of International Humanitarian Law and Human Rights,
            please find our contribution attached.

            Kind regards,
            Research Team, Geneva Academy
            """),
        lang="en",
        tz=1,
        atts=[docx_file("GA contribution.docx", "en", doc("en", "ga", 6), title=TITLE["en"])],
        submitter=(AC, "Geneva Academy of International Humanitarian Law and Human Rights", None),
        trap="academic institute on a .ch domain",
    )
    add(
        slug="acad-unam-confidential",
        frm=("Dra. Gabriela Torres", "gtorres@unam.mx"),
        subject="Contribución académica (confidencial)",
        body=T("""
            Estimado Grupo de Trabajo:

            Envío la contribución del Seminario de Migración y Derechos Humanos del Instituto
            de Investigaciones Jurídicas de la UNAM. Les solicito que sea tratada como
            confidencial, pues forma parte de una investigación todavía no publicada.

            Atentamente,
            Dra. Gabriela Torres
            Instituto de Investigaciones Jurídicas, UNAM
            """),
        lang="es",
        tz=-6,
        atts=[pdf("Contribucion_IIJ_UNAM.pdf", "es", doc("es", "unam", 6), title=TITLE["es"])],
        conf="confidential",
        submitter=(AC, "Instituto de Investigaciones Jurídicas, UNAM", None),
        trap="academic request 'sea tratada como confidencial' (unam.mx)",
    )
    add(
        slug="acad-grenoble",
        frm=("Pr. Julien Roche", "julien.roche@univ-grenoble-alpes.fr"),
        subject="Contribution – Centre d'études sur la sécurité internationale",
        body=T("""
            Madame, Monsieur,

            Je vous prie de trouver ci-joint la contribution du Centre d'études sur la sécurité
            internationale (Université Grenoble Alpes). Elle peut être rendue publique.

            Bien cordialement,
            Julien Roche
            Professeur de droit public
            """),
        lang="fr",
        tz=1,
        atts=[pdf("CESI_UGA_contribution.pdf", "fr", doc("fr", "uga", 6), title=TITLE["fr"])],
        conf="publish",
        submitter=(
            AC,
            "Centre d'études sur la sécurité internationale, Université Grenoble Alpes",
            None,
        ),
        trap="university (univ-*.fr); 'peut être rendue publique'",
    )
    add(
        slug="acad-uniandes",
        frm=("Clínica de Migrantes", "clinicamigrantes@uniandes.edu.co"),
        subject="Aporte de la Clínica Jurídica para Migrantes - Universidad de los Andes",
        body=T("""
            Estimados señores:

            La Clínica Jurídica para Migrantes de la Universidad de los Andes presenta el aporte
            adjunto, basado en casos atendidos en la frontera con Venezuela.

            Cordialmente,
            Clínica Jurídica para Migrantes, Facultad de Derecho, Universidad de los Andes
            """),
        lang="es",
        tz=-5,
        atts=[docx_file("Aporte Clinica Uniandes.docx", "es", doc("es", "uniandes", 6))],
        submitter=(AC, "Clínica Jurídica para Migrantes, Universidad de los Andes", None),
        trap="university legal clinic (.edu.co)",
    )
    add(
        slug="acad-udp-chile",
        frm=("Centro de Derechos Humanos UDP", "cdh@udp.cl"),
        subject="Contribución Centro de Derechos Humanos UDP",
        body=T("""
            Estimadas/os:

            Adjuntamos la contribución del Centro de Derechos Humanos de la Universidad Diego
            Portales. No tenemos inconveniente en que sea publicada.

            Saludos,
            Centro de Derechos Humanos, Facultad de Derecho UDP
            """),
        lang="es",
        tz=-3,
        atts=[pdf("CDH_UDP_contribucion.pdf", "es", doc("es", "udp", 6), title=TITLE["es"])],
        conf="publish",
        submitter=(AC, "Centro de Derechos Humanos, Universidad Diego Portales", None),
        trap="'No tenemos inconveniente en que sea publicada': publish",
    )
    add(
        slug="acad-columbia",
        frm=("Immigrants' Rights Clinic", "irc@law.columbia.edu"),
        subject="Submission: Immigrants' Rights Clinic, Columbia Law School",
        body=T("""
            Dear Members of the Working Group,

            We respectfully submit the attached comments on behalf of the Immigrants' Rights
            Clinic at Columbia Law School.

            Sincerely,
            Immigrants' Rights Clinic
            Columbia Law School, New York
            """),
        lang="en",
        tz=-5,
        atts=[pdf("Columbia_IRC_submission.pdf", "en", doc("en", "columbia", 6))],
        submitter=(AC, "Immigrants' Rights Clinic, Columbia Law School", None),
        trap="law school clinic (.edu)",
    )
    add(
        slug="acad-oxford-body",
        frm=("Prof. Alan Hughes", "alan.hughes@crim.ox.ac.uk"),
        subject="Short submission - outsourcing of immigration detention",
        body=T("""
            Dear Working Group,

            I write as an academic researcher at the Centre for Criminology, University of
            Oxford. My short submission follows; it may be published with my name.

            """)
        + "\n\n".join(pick("en", 4, "oxford"))
        + T("""


            Prof. Alan Hughes
            Centre for Criminology, University of Oxford
            """),
        lang="en",
        tz=0,
        conf="publish",
        submitter=(AC, "Alan Hughes", None),
        trap="academic body-only submission",
    )
    add(
        slug="acad-montreal-fr",
        frm=("Chaire de recherche sur les migrations", "chaire.migrations@umontreal.ca"),
        subject="Contribution – Université de Montréal",
        body=T("""
            Bonjour,

            Nous vous transmettons la contribution de la Chaire de recherche sur les migrations
            de l'Université de Montréal.

            Au plaisir,
            L'équipe de la Chaire
            """),
        lang="fr",
        tz=-5,
        atts=[docx_file("Contribution_UdeM.docx", "fr", doc("fr", "udem", 6), title=TITLE["fr"])],
        submitter=(AC, "Chaire de recherche sur les migrations, Université de Montréal", None),
        trap="Canadian university in French",
    )
    add(
        slug="acad-complutense",
        frm=("Prof. Luis Navarro", "lnavarro@ucm.es"),
        subject="Contribución - Grupo de investigación sobre fronteras, UCM",
        body=T("""
            Estimados miembros del Grupo de Trabajo:

            Adjunto la contribución del grupo de investigación Fronteras y Derechos de la
            Universidad Complutense de Madrid. Puede publicarse.

            Un saludo cordial,
            Luis Navarro
            Catedrático de Derecho Internacional Público, UCM
            """),
        lang="es",
        tz=1,
        atts=[pdf("Contribucion_UCM.pdf", "es", doc("es", "ucm", 6), title=TITLE["es"])],
        conf="publish",
        submitter=(AC, "Fronteras y Derechos, Universidad Complutense de Madrid", None),
        trap="research group at a Spanish university",
    )
    add(
        slug="acad-qmul",
        frm=("Dr. Samira Khan", "s.khan@qmul.ac.uk"),
        subject="Submission re PMSCs at borders",
        body=T("""
            Dear Secretariat,

            Attached please find my submission, drawing on fieldwork at the Greek islands in
            2018-2019. Please treat it as confidential, since the fieldwork data have not yet
            been published.

            Best,
            Samira Khan
            Lecturer in International Law, Queen Mary University of London
            """),
        lang="en",
        tz=0,
        atts=[docx_file("Khan_submission.docx", "en", doc("en", "qmul", 6))],
        conf="confidential",
        submitter=(AC, "Samira Khan", None),
        trap="'please treat it as confidential' next to the word 'published' about research",
    )
    add(
        slug="acad-ucad-fr",
        frm=("Laboratoire de recherche sur les migrations", "lerm@ucad.edu.sn"),
        subject="Contribution de l'UCAD",
        body=T("""
            Madame, Monsieur,

            Le Laboratoire de recherche sur les migrations de l'Université Cheikh Anta Diop de
            Dakar a l'honneur de vous adresser sa contribution, qui peut être publiée.

            Cordialement,
            Le Directeur du laboratoire
            """),
        lang="fr",
        tz=0,
        atts=[pdf("Contribution_UCAD.pdf", "fr", doc("fr", "ucad", 5), title=TITLE["fr"])],
        conf="publish",
        submitter=(
            AC,
            "Laboratoire de recherche sur les migrations, Université Cheikh Anta Diop de Dakar",
            None,
        ),
        trap="African university in French",
    )
    add(
        slug="acad-pucp",
        frm=("IDEHPUCP", "idehpucp@pucp.edu.pe"),
        subject="Contribución del IDEHPUCP",
        body=T("""
            Estimados señores:

            El Instituto de Democracia y Derechos Humanos de la Pontificia Universidad Católica
            del Perú remite su contribución.

            Atentamente,
            IDEHPUCP
            """),
        lang="es",
        tz=-5,
        atts=[pdf("IDEHPUCP_contribucion.pdf", "es", doc("es", "pucp", 6), title=TITLE["es"])],
        submitter=(
            AC,
            "Instituto de Democracia y Derechos Humanos, Pontificia Universidad Católica del Perú",
            None,
        ),
        trap="university institute (.edu.pe)",
    )
    add(
        slug="acad-ulb-fr",
        frm=("Centre de droit international", "cdi@ulb.be"),
        subject="Contribution du Centre de droit international (ULB)",
        body=T("""
            Madame, Monsieur,

            Le Centre de droit international de l'Université libre de Bruxelles vous adresse sa
            contribution. Nous n'avons pas d'objection à sa publication.

            Bien à vous,
            Centre de droit international, ULB
            """),
        lang="fr",
        tz=1,
        atts=[pdf("CDI_ULB_contribution.pdf", "fr", doc("fr", "ulb", 6), title=TITLE["fr"])],
        conf="publish",
        submitter=(AC, "Centre de droit international, Université libre de Bruxelles", None),
        trap="French 'pas d'objection à sa publication'",
    )


# ====================================================================== companies


def companies() -> None:
    add(
        slug="pmsc-sentinel-confidential",
        frm=("James Whitaker", "j.whitaker@sentinelbordersolutions.com"),
        subject="Sentinel Border Solutions - response to call for inputs",
        body=T("""
            Dear Working Group,

            Sentinel Border Solutions Ltd welcomes the opportunity to contribute. Our response
            contains commercially sensitive information about contracts with government
            clients; we therefore request that it be kept confidential and not published.

            Yours sincerely,
            James Whitaker
            Head of Compliance, Sentinel Border Solutions Ltd
            """),
        lang="en",
        tz=0,
        atts=[
            pdf(
                "Sentinel_response.pdf",
                "en",
                [
                    "Sentinel Border Solutions Ltd provides escort, perimeter security and "
                    "custody services at immigration facilities in four countries. All staff "
                    "complete a forty-hour induction that includes modules on the use of force, "
                    "de-escalation and safeguarding of vulnerable adults.",
                    *doc("en", "sentinel", 4),
                ],
                title="Response of Sentinel Border Solutions Ltd",
            )
        ],
        conf="confidential",
        submitter=(PS, "Sentinel Border Solutions Ltd", None),
        trap="PMSC asking for confidentiality of commercially sensitive content",
    )
    add(
        slug="pmsc-atlas-docx-table-yes",
        frm=("Atlas Protective Services", "compliance@atlasprotective.com"),
        subject="Atlas Protective Services input + submission form",
        body=T("""
            Hello,

            Attached is our input together with the completed submission form.

            Regards,
            Compliance Department
            Atlas Protective Services Inc.
            """),
        lang="en",
        tz=-5,
        atts=[
            docx_file(
                "Atlas_input_form.docx",
                "en",
                doc("en", "atlas", 5),
                title="Atlas Protective Services - input",
                table=[
                    ["Submitting entity", "Atlas Protective Services Inc."],
                    ["Stakeholder type", "Private company"],
                    ["May the submission be published?", "☒ Yes   ☐ No"],
                ],
                table_at=0,
            )
        ],
        conf="publish",
        submitter=(PS, "Atlas Protective Services Inc.", None),
        trap="ticked box inside a DOCX table: '☒ Yes ☐ No' publish",
    )
    add(
        slug="tech-biometrix",
        frm=("Biometrix Systems AG", "public.affairs@biometrix-systems.ch"),
        subject="Contribution of Biometrix Systems AG",
        body=T("""
            Dear Sir or Madam,

            Biometrix Systems AG, a provider of biometric identification technology for border
            control, submits the attached contribution on data protection safeguards. It may be
            published.

            Kind regards,
            Public Affairs, Biometrix Systems AG, Zug
            """),
        lang="en",
        tz=1,
        atts=[pdf("Biometrix_contribution.pdf", "en", [EN[7], *doc("en", "biometrix", 4)])],
        conf="publish",
        submitter=(PS, "Biometrix Systems AG", None),
        trap="technology company",
    )
    add(
        slug="pmsc-mexico-es",
        frm=("Seguridad Integral del Pacífico", "direccion@seguridadpacifico.com.mx"),
        subject="Aportación de Seguridad Integral del Pacífico",
        body=T("""
            Estimados:

            Seguridad Integral del Pacífico, S.A. de C.V. presenta su aportación sobre los
            servicios de vigilancia prestados en instalaciones migratorias.

            Atentamente,
            Dirección General
            """),
        lang="es",
        tz=-6,
        atts=[docx_file("Aportacion SIP.docx", "es", doc("es", "sip", 5))],
        submitter=(PS, "Seguridad Integral del Pacífico, S.A. de C.V.", None),
        trap="Mexican private security company",
    )
    add(
        slug="pmsc-sahel-fr",
        frm=("Groupe Sécurité Sahel", "dg@securite-sahel.com"),
        subject="Contribution Groupe Sécurité Sahel SARL",
        body=T("""
            Madame, Monsieur,

            Notre société, qui assure la sécurité de plusieurs postes frontaliers pour le compte
            de partenaires publics, vous adresse la contribution ci-jointe. Elle n'est pas
            confidentielle.

            Le Directeur général
            Groupe Sécurité Sahel SARL, Bamako
            """),
        lang="fr",
        tz=0,
        atts=[pdf("GSS_contribution.pdf", "fr", doc("fr", "gss", 5))],
        conf="publish",
        submitter=(PS, "Groupe Sécurité Sahel SARL", None),
        trap="French company; 'n'est pas confidentielle'",
    )
    add(
        slug="tech-skywatch-header",
        frm=("SkyWatch Drones", "policy@skywatchdrones.com"),
        subject="SkyWatch Drones input",
        body=T("""
            Dear colleagues,

            Please find our input on the use of unmanned aerial systems in border surveillance
            attached.

            SkyWatch Drones Inc. | Government Relations
            """),
        lang="en",
        tz=-8,
        atts=[
            docx_file(
                "SkyWatch_input.docx",
                "en",
                doc("en", "skywatch", 5),
                title="SkyWatch Drones Inc.",
                header="Confidential – for the Working Group only – please do not publish",
            )
        ],
        conf="confidential",
        submitter=(PS, "SkyWatch Drones Inc.", None),
        trap="request only in the DOCX page header",
    )
    add(
        slug="pmsc-northgate",
        frm=("Olivia Grant", "ogrant@northgaterisk.co.uk"),
        subject="Northgate Risk Advisory – submission",
        body=T("""
            Dear Working Group Secretariat,

            Northgate Risk Advisory LLP is a signatory of the International Code of Conduct. Our
            submission is attached; we have no objection to publication.

            Best regards,
            Olivia Grant, Partner
            Northgate Risk Advisory LLP
            """),
        lang="en",
        tz=0,
        atts=[pdf("Northgate_submission.pdf", "en", doc("en", "northgate", 5))],
        conf="publish",
        submitter=(PS, "Northgate Risk Advisory LLP", None),
        trap="security consultancy",
    )
    add(
        slug="tech-andina-es",
        frm=("Tecnologías de Identificación Andina", "legal@tiandina.com.co"),
        subject="Contribución TIA S.A.S.",
        body=T("""
            Buen día,

            Tecnologías de Identificación Andina S.A.S. remite su contribución sobre sistemas
            biométricos en puestos de control migratorio.

            Cordialmente,
            Área Legal
            """),
        lang="es",
        tz=-5,
        atts=[pdf("TIA_contribucion.pdf", "es", doc("es", "tia", 5))],
        submitter=(PS, "Tecnologías de Identificación Andina S.A.S.", None),
        trap="technology company in Spanish",
    )


# ====================================================================== individuals


def individuals() -> None:
    add(
        slug="ind-en-former-guard-anonymous",
        frm=("Mike R.", "mike.r.1984@gmail.com"),
        subject="my experience working as a guard at a detention centre",
        body=T("""
            Hi,

            I worked for two years as a guard at an immigration detention centre run by a
            private company. I want to share what I saw, but please do not publish my name -
            you can publish the text without it.

            """)
        + "\n\n".join(pick("en", 3, "guard"))
        + T("""


            Mike
            """),
        lang="en",
        tz=-6,
        conf="publish",
        flags=["anonymous"],
        submitter=(IND, "Mike R.", None),
        trap="'please do not publish my name' is anonymity, not confidentiality",
    )
    add(
        slug="ind-es-yahoo-silent",
        frm=("Rosa Elena Quispe", "rosaelena_quispe@yahoo.com"),
        subject="testimonio de mi hermano",
        body=T("""
            Señores de las Naciones Unidas:

            Les escribo por lo que le pasó a mi hermano en la estación migratoria. Lo tuvieron
            tres semanas encerrado y los guardias de la empresa privada no lo dejaron llamar a
            la familia ni a un abogado. Cuando se enfermó no le dieron medicinas. Nadie nos
            decía dónde estaba. Después lo deportaron de noche sin sus documentos. Quiero que
            sepan lo que está pasando con las personas migrantes en la frontera, porque no es
            solo mi hermano, son muchas familias.

            Rosa Elena Quispe
            """),
        lang="es",
        tz=-5,
        submitter=(IND, "Rosa Elena Quispe", None),
        trap="individual testimony from yahoo, nothing on publication",
    )
    add(
        slug="ind-fr-avocate",
        frm=("Maître Sophie Lefèvre", "sophie.lefevre.avocat@hotmail.fr"),
        subject="Contribution personnelle – avocate en droit des étrangers",
        body=T("""
            Madame, Monsieur,

            Avocate au barreau de Marseille, j'interviens régulièrement au centre de rétention
            administrative du Canet. Je vous adresse à titre personnel la contribution
            ci-jointe, qui peut être publiée.

            Sophie Lefèvre
            """),
        lang="fr",
        tz=1,
        atts=[docx_file("Contribution S. Lefevre.docx", "fr", doc("fr", "lefevre", 5))],
        conf="publish",
        submitter=(IND, "Sophie Lefèvre", None),
        trap="lawyer writing in a personal capacity: individual",
    )
    add(
        slug="ind-en-activist-body",
        frm=("Tariq Mahmood", "tariq.mahmood@hotmail.co.uk"),
        subject="input for the Working Group report",
        body=T("""
            Dear Working Group,

            I am a volunteer with a refugee support group in Kent and I am happy for this to be
            published.

            """)
        + "\n\n".join(pick("en", 3, "tariq"))
        + T("""


            Tariq Mahmood
            """),
        lang="en",
        tz=0,
        conf="publish",
        submitter=(IND, "Tariq Mahmood", None),
        trap="individual body-only submission with consent",
    )
    add(
        slug="ind-es-con-nombre",
        frm=("Andrés Felipe Gómez", "andresfgomez@gmail.com"),
        subject="Aporte personal",
        body=T("""
            Buenas noches,

            Soy periodista y he investigado durante tres años los traslados de migrantes
            realizados por empresas privadas en la frontera norte de Chile. Adjunto mi aporte;
            pueden publicarlo con mi nombre.

            Saludos,
            Andrés Felipe Gómez
            """),
        lang="es",
        tz=-4,
        atts=[pdf("aporte_AFGomez.pdf", "es", doc("es", "gomez", 5))],
        conf="publish",
        submitter=(IND, "Andrés Felipe Gómez", None),
        trap="journalist writing as an individual",
    )
    add(
        slug="ind-en-consultant",
        frm=("Dr. Ingrid Solberg", "ingrid.solberg@outlook.com"),
        subject="Submission - independent consultant",
        body=T("""
            Dear Secretariat,

            I am an independent consultant who has evaluated private security contracts for
            several governments. My submission is attached.

            Kind regards,
            Ingrid Solberg
            """),
        lang="en",
        tz=1,
        atts=[pdf("Solberg_submission.pdf", "en", doc("en", "solberg", 5), title=TITLE["en"])],
        submitter=(IND, "Ingrid Solberg", None),
        trap="independent consultant: individual",
    )
    add(
        slug="ind-fr-temoignage-confidentiel",
        frm=("Fatou", "fatou.ndiaye91@gmail.com"),
        subject="mon témoignage",
        body=T("""
            Bonjour,

            J'ai été retenue pendant deux mois dans un centre géré par une société privée et je
            veux raconter ce que j'ai vécu. Je souhaite que mon témoignage reste confidentiel,
            je ne veux pas qu'il soit publié.

            Les gardiens nous fouillaient la nuit, il n'y avait pas de femmes parmi eux, et
            celles qui se plaignaient étaient transférées loin de leurs avocats. Je n'ai jamais
            su le nom de l'entreprise.

            Fatou
            """),
        lang="fr",
        tz=0,
        conf="confidential",
        submitter=(IND, "Fatou", None),
        trap="individual: 'reste confidentiel', 'je ne veux pas qu'il soit publié'",
    )
    add(
        slug="ind-es-hotmail-docx",
        frm=("Carmen Vidal", "carmen_vidal77@hotmail.com"),
        subject="contribución",
        body=T("""
            Hola,
            les mando mi contribución en el archivo adjunto.
            Carmen
            """),
        lang="es",
        tz=1,
        atts=[docx_file("contribucion carmen.docx", "es", doc("es", "vidal", 5))],
        submitter=(IND, "Carmen Vidal", None),
        trap="terse body; language from the DOCX",
    )
    add(
        slug="ind-en-scanned",
        frm=("Joseph Kamara", "josephkamara.sl@gmail.com"),
        subject="My statement (scanned)",
        body=T("""
            Dear Sir/Madam,

            I attach my handwritten statement, which I scanned at a shop, about the treatment I
            received from private guards at the detention centre. I have no computer at home.

            Joseph Kamara
            """),
        lang="en",
        tz=0,
        atts=[scanned_pdf("statement_scan.pdf")],
        conf="unclear",
        flags=["needs_ocr"],
        submitter=(IND, "Joseph Kamara", None),
        trap="image-only scanned PDF: needs_ocr; a request may sit in it: unclear",
    )
    add(
        slug="ind-en-encrypted-pdf",
        frm=("Eleanor Price", "eleanor.price@yahoo.co.uk"),
        subject="Submission (password protected)",
        body=T("""
            Dear Secretariat,

            My submission is attached as a password-protected PDF. I will send the password in
            a separate message once you confirm receipt. I would like it to be published.

            Eleanor Price
            """),
        lang="en",
        tz=0,
        atts=[encrypted_pdf("Price_submission.pdf", doc("en", "price", 4))],
        conf="unclear",
        flags=["encrypted"],
        submitter=(IND, "Eleanor Price", None),
        trap="password-protected PDF, no text; consent in the body, file unread: unclear",
    )
    add(
        slug="ind-en-corrupt-pdf",
        frm=("Ravi Menon", "ravi.menon@gmail.com"),
        subject="submission attached",
        body=T("""
            Dear Working Group,

            Attached is my submission on private security guards at airports who hold
            travellers refused entry. It may be published. I hope the file opens correctly; my
            connection was unstable.

            Ravi Menon
            """),
        lang="en",
        tz=5,
        atts=[corrupt_pdf("Menon_submission.pdf", doc("en", "menon", 4))],
        conf="unclear",
        flags=["corrupt"],
        submitter=(IND, "Ravi Menon", None),
        trap="truncated PDF: corrupt, no text; consent in the body, the file unread: unclear",
    )
    add(
        slug="ind-en-txt-attachment",
        frm=("Kofi Boateng", "kofi.boateng@yahoo.com"),
        subject="my submission as text file",
        body=T("""
            Hello,

            I only have a phone so my submission is a plain text file. You may publish it.

            Kofi Boateng
            """),
        lang="en",
        tz=0,
        atts=[txt_file("submission.txt", "en", "\n\n".join(pick("en", 3, "kofi")) + "\n")],
        conf="publish",
        flags=["format_not_accepted"],
        submitter=(IND, "Kofi Boateng", None),
        trap=".txt attachment: format_not_accepted; its text is readable",
    )
    add(
        slug="other-icoca",
        frm=("ICoCA Secretariat", "secretariat@icoca.ch"),
        subject="ICoCA contribution to the call for inputs",
        body=T("""
            Dear Working Group,

            The International Code of Conduct Association, the multi-stakeholder initiative
            that oversees the International Code of Conduct for Private Security Service
            Providers, submits the attached contribution, which may be published.

            Best regards,
            ICoCA Secretariat, Geneva
            """),
        lang="en",
        tz=1,
        atts=[pdf("ICoCA_contribution.pdf", "en", [EN[5], *doc("en", "icoca", 4)])],
        conf="publish",
        submitter=(OTH, "International Code of Conduct Association", None),
        trap="multi-stakeholder initiative: type other",
    )
    add(
        slug="other-municipality-es",
        frm=("Dirección Municipal de Atención al Migrante", "migrantes@tijuana.gob.mx"),
        subject="Aporte del Ayuntamiento de Tijuana",
        body=T("""
            Estimados señores:

            La Dirección Municipal de Atención al Migrante del Ayuntamiento de Tijuana remite su
            aporte sobre la seguridad privada en los albergues y en la garita de San Ysidro.

            Atentamente,
            Dirección Municipal de Atención al Migrante
            """),
        lang="es",
        tz=-8,
        atts=[pdf("Aporte_Tijuana.pdf", "es", doc("es", "tijuana", 5))],
        submitter=(OTH, "Ayuntamiento de Tijuana", None),
        trap="local government on a .gob.mx domain: other, not member_state",
    )


# ====================================================================== revisions and addenda


def revisions() -> None:
    # R1: same address, "revised version"
    add(
        slug="rev1-cpsm-original",
        frm=("Ben Carter", "ben.carter@cpsm-coalition.org"),
        subject="CPSM submission – PMSCs and migration",
        body=T("""
            Dear Working Group,

            Please find attached the submission of the Coalition on Private Security and
            Migration (CPSM). It may be published.

            Ben Carter, CPSM
            """),
        lang="en",
        tz=0,
        atts=[pdf("CPSM_submission.pdf", "en", doc("en", "cpsm", 5), title=TITLE["en"])],
        conf="publish",
        submitter=(CS, "Coalition on Private Security and Migration", None),
        trap="first version; superseded later by the same address",
    )
    add(
        1,
        slug="rev1-cpsm-revised",
        frm=("Ben Carter", "ben.carter@cpsm-coalition.org"),
        subject="CPSM submission – revised version",
        body=T("""
            Dear Working Group,

            Please find attached the revised version of our submission, with corrected figures
            in section 3. Kindly disregard the earlier one. As before, it may be published.

            Ben Carter, CPSM
            """),
        lang="en",
        tz=0,
        atts=[pdf("CPSM_submission_rev1.pdf", "en", doc("en", "cpsm", 6), title=TITLE["en"])],
        conf="publish",
        supersedes="rev1-cpsm-original",
        submitter=(CS, "Coalition on Private Security and Migration", None),
        trap="'please find attached the revised version' from the same address",
    )
    # R2: same domain, another person, Spanish
    add(
        slug="rev2-fronterasur-original",
        frm=("Ana Morales", "ana.morales@iniciativafronterasur.org"),
        subject="Contribución Iniciativa Frontera Sur",
        body=T("""
            Estimados:

            Adjunto la contribución de Iniciativa Frontera Sur a la convocatoria del Grupo de
            Trabajo.

            Saludos,
            Ana Morales
            Iniciativa Frontera Sur
            """),
        lang="es",
        tz=-6,
        atts=[pdf("IFS_contribucion.pdf", "es", doc("es", "ifs", 5), title=TITLE["es"])],
        submitter=(CS, "Iniciativa Frontera Sur", None),
        trap="first version; a colleague at the same domain sends the revision",
    )
    add(
        1,
        slug="rev2-fronterasur-revisada",
        frm=("Luis Herrera", "l.herrera@iniciativafronterasur.org"),
        subject="Versión revisada - Contribución Iniciativa Frontera Sur",
        body=T("""
            Estimados:

            Les envío la versión revisada de nuestra contribución, que sustituye a la que les
            envió mi colega Ana Morales a principios de marzo.

            Atentamente,
            Luis Herrera
            Iniciativa Frontera Sur
            """),
        lang="es",
        tz=-6,
        atts=[pdf("IFS_contribucion_v2.pdf", "es", doc("es", "ifs", 6), title=TITLE["es"])],
        supersedes="rev2-fronterasur-original",
        submitter=(CS, "Iniciativa Frontera Sur", None),
        trap="'versión revisada' from another address of the same organization's domain",
    )
    # R3: NHRI, French "cette version remplace"
    add(
        slug="rev3-cncdh-original",
        frm=("CNCDH", "cncdh@cncdh.fr"),
        subject="Contribution de la CNCDH",
        body=T("""
            Madame, Monsieur,

            La Commission nationale consultative des droits de l'homme (CNCDH) vous adresse sa
            contribution, qui peut être publiée.

            Le Secrétariat général de la CNCDH
            """),
        lang="fr",
        tz=1,
        atts=[pdf("Contribution_CNCDH.pdf", "fr", doc("fr", "cncdh", 6), title=TITLE["fr"])],
        conf="publish",
        submitter=(NHRI, "Commission nationale consultative des droits de l'homme", "FRA"),
        trap="NHRI (CNCDH), first version",
    )
    add(
        1,
        slug="rev3-cncdh-remplace",
        frm=("CNCDH", "cncdh@cncdh.fr"),
        subject="Contribution de la CNCDH – version définitive",
        body=T("""
            Madame, Monsieur,

            Veuillez trouver ci-joint la version définitive de la contribution de la CNCDH.
            Cette version remplace la version envoyée le 28 février. Elle peut être publiée.

            Le Secrétariat général de la CNCDH
            """),
        lang="fr",
        tz=1,
        atts=[
            pdf("Contribution_CNCDH_definitive.pdf", "fr", doc("fr", "cncdh", 7), title=TITLE["fr"])
        ],
        conf="publish",
        supersedes="rev3-cncdh-original",
        submitter=(NHRI, "Commission nationale consultative des droits de l'homme", "FRA"),
        trap="'cette version remplace la version envoyée le…'",
    )
    # R4: academic "updated version replacing"
    add(
        slug="rev4-stanford-original",
        frm=("Rachel Kim", "rkim@law.stanford.edu"),
        subject="Submission: Stanford Human Rights Center",
        body=T("""
            Dear Secretariat,

            Attached is the submission of the Stanford Center for Human Rights and
            International Justice. We consent to its publication.

            Rachel Kim, Research Fellow
            """),
        lang="en",
        tz=-8,
        atts=[docx_file("Stanford_submission.docx", "en", doc("en", "stanford", 5))],
        conf="publish",
        submitter=(AC, "Stanford Center for Human Rights and International Justice", None),
        trap="academic first version",
    )
    add(
        1,
        slug="rev4-stanford-updated",
        frm=("Rachel Kim", "rkim@law.stanford.edu"),
        subject="UPDATED submission: Stanford Human Rights Center",
        body=T("""
            Dear Secretariat,

            Please find attached an updated version replacing the one sent on 28 February (we
            added two case studies). We consent to its publication.

            Rachel Kim, Research Fellow
            """),
        lang="en",
        tz=-8,
        atts=[docx_file("Stanford_submission_updated.docx", "en", doc("en", "stanford", 6))],
        conf="publish",
        supersedes="rev4-stanford-original",
        submitter=(AC, "Stanford Center for Human Rights and International Justice", None),
        trap="'updated version replacing the one sent on…'",
    )
    # R5: State, corrected note verbale
    add(
        slug="rev5-colombia-original",
        frm=("Misión Permanente de Colombia", "eginebra@cancilleria.gov.co"),
        subject="Nota verbal S-GAIID-20-012345",
        body=T("""
            Estimados señores:

            Se remite la nota verbal S-GAIID-20-012345 de la Misión Permanente de Colombia, con
            la contribución del Estado colombiano.

            Cordialmente,
            Misión Permanente de Colombia ante las Naciones Unidas en Ginebra
            """),
        lang="es",
        tz=1,
        atts=[pdf("S-GAIID-20-012345.pdf", "es", nv_es("de Colombia", "de Colombia", "col"))],
        submitter=(MS, "Colombia", "COL"),
        trap="State note verbale ('saluda atentamente'), first version",
    )
    add(
        1,
        slug="rev5-colombia-corregida",
        frm=("Misión Permanente de Colombia", "eginebra@cancilleria.gov.co"),
        subject="Versión corregida - Nota verbal S-GAIID-20-012345",
        body=T("""
            Estimados señores:

            Se remite la versión corregida de la nota verbal S-GAIID-20-012345, que reemplaza
            la remitida el 4 de marzo. Agradecemos no tener en cuenta la versión anterior.

            Cordialmente,
            Misión Permanente de Colombia ante las Naciones Unidas en Ginebra
            """),
        lang="es",
        tz=1,
        atts=[
            pdf(
                "S-GAIID-20-012345_corregida.pdf",
                "es",
                nv_es("de Colombia", "de Colombia", "col", k=5),
            )
        ],
        supersedes="rev5-colombia-original",
        submitter=(MS, "Colombia", "COL"),
        trap="'versión corregida … que reemplaza la remitida el…' by a State",
    )
    # R6: company, wrong attachment
    add(
        slug="rev6-vigilant-wrong-file",
        frm=("Mark Davies", "mdavies@vigilantgsg.com"),
        subject="Vigilant Global Security Group – input",
        body=T("""
            Dear all,

            Please find our input attached.

            Mark Davies
            Vigilant Global Security Group
            """),
        lang="en",
        tz=0,
        atts=[pdf("VGSG_input_draft.pdf", "en", doc("en", "vgsg-old", 4))],
        submitter=(PS, "Vigilant Global Security Group", None),
        trap="company, wrong file sent first",
    )
    add(
        1,
        slug="rev6-vigilant-correct-file",
        frm=("Mark Davies", "mdavies@vigilantgsg.com"),
        subject="RE: Vigilant Global Security Group – input (correct file)",
        body=T("""
            Dear all,

            Apologies, I attached the wrong file to my earlier message. Here is the corrected
            version; please use this one instead.

            Mark Davies
            Vigilant Global Security Group
            """),
        lang="en",
        tz=0,
        atts=[pdf("VGSG_input_final.pdf", "en", doc("en", "vgsg", 5))],
        supersedes="rev6-vigilant-wrong-file",
        submitter=(PS, "Vigilant Global Security Group", None),
        trap="'attached the wrong file … here is the corrected version': supersedes",
    )
    # R7: individual, body only
    add(
        slug="rev7-goldberg-first",
        frm=("Maya Goldberg", "maya.goldberg.law@gmail.com"),
        subject="submission",
        body=T("""
            Dear Working Group,

            I volunteer as an interpreter at a detention centre run by a private contractor.
            My observations follow. You may publish them.

            """)
        + "\n\n".join(pick("en", 2, "goldberg1"))
        + "\n\nMaya Goldberg\n",
        lang="en",
        tz=2,
        conf="publish",
        submitter=(IND, "Maya Goldberg", None),
        trap="individual body-only first version",
    )
    add(
        1,
        slug="rev7-goldberg-final",
        frm=("Maya Goldberg", "maya.goldberg.law@gmail.com"),
        subject="submission - final version",
        body=T("""
            Dear Working Group,

            Sorry, here is the final version of my submission; please disregard the previous
            one, which I sent before finishing it. You may publish it.

            """)
        + "\n\n".join(pick("en", 4, "goldberg2"))
        + "\n\nMaya Goldberg\n",
        lang="en",
        tz=2,
        conf="publish",
        supersedes="rev7-goldberg-first",
        submitter=(IND, "Maya Goldberg", None),
        trap="'final version … please disregard the previous one' (body-only)",
    )
    # R8: IOM updated version
    add(
        slug="rev8-iom-original",
        frm=("IOM Migration Law", "iml@iom.int"),
        subject="IOM input – call for inputs of the WG on mercenaries",
        body=T("""
            Dear colleagues,

            Please find attached the input of the International Organization for Migration
            (IOM). It may be published.

            Best regards,
            International Migration Law Unit, IOM
            """),
        lang="en",
        tz=1,
        atts=[pdf("IOM_input.pdf", "en", doc("en", "iom", 5), title=TITLE["en"])],
        conf="publish",
        submitter=(IO, "International Organization for Migration", None),
        trap="IOM first version",
    )
    add(
        1,
        slug="rev8-iom-updated",
        frm=("Sara Lindholm", "slindholm@iom.int"),
        subject="IOM input – updated version",
        body=T("""
            Dear colleagues,

            Please find attached an updated version of IOM's input, which replaces the version
            sent on 2 March by our Migration Law Unit. It may be published.

            Kind regards,
            Sara Lindholm, IOM
            """),
        lang="en",
        tz=1,
        atts=[pdf("IOM_input_updated.pdf", "en", doc("en", "iom", 6), title=TITLE["en"])],
        conf="publish",
        supersedes="rev8-iom-original",
        submitter=(IO, "International Organization for Migration", None),
        trap="updated version from another iom.int address",
    )
    # R9: French NGO, corrected version
    add(
        slug="rev9-frm-original",
        frm=("Forum Réfugiés Méditerranée", "plaidoyer@forum-refugies-med.org"),
        subject="Contribution FRM",
        body=T("""
            Bonjour,

            Veuillez trouver en pièce jointe la contribution de Forum Réfugiés Méditerranée.
            Nous acceptons qu'elle soit publiée.

            L'équipe plaidoyer
            """),
        lang="fr",
        tz=1,
        atts=[pdf("FRM_contribution.pdf", "fr", doc("fr", "frm", 5), title=TITLE["fr"])],
        conf="publish",
        submitter=(CS, "Forum Réfugiés Méditerranée", None),
        trap="first version",
    )
    add(
        1,
        slug="rev9-frm-corrigee",
        frm=("Forum Réfugiés Méditerranée", "plaidoyer@forum-refugies-med.org"),
        subject="Contribution FRM – version corrigée",
        body=T("""
            Bonjour,

            Veuillez trouver ci-joint la version corrigée de notre contribution (des erreurs
            s'étaient glissées dans le tableau 2). Merci de ne pas tenir compte du premier
            envoi. Nous acceptons qu'elle soit publiée.

            L'équipe plaidoyer
            """),
        lang="fr",
        tz=1,
        atts=[pdf("FRM_contribution_corrigee.pdf", "fr", doc("fr", "frm", 6), title=TITLE["fr"])],
        conf="publish",
        supersedes="rev9-frm-original",
        submitter=(CS, "Forum Réfugiés Méditerranée", None),
        trap="'version corrigée' in French",
    )
    # Addenda: separate submissions, supersede nothing
    add(
        slug="add1-jdp-submission",
        frm=("Justice for Detainees Project", "office@justicefordetainees.org"),
        subject="JDP submission to the call for inputs",
        body=T("""
            Dear Secretariat,

            Attached is the submission of the Justice for Detainees Project. It may be
            published.

            Justice for Detainees Project
            """),
        lang="en",
        tz=-5,
        atts=[pdf("JDP_submission.pdf", "en", doc("en", "jdp", 6), title=TITLE["en"])],
        conf="publish",
        submitter=(CS, "Justice for Detainees Project", None),
        trap="main submission, later completed by an addendum",
    )
    add(
        1,
        slug="add1-jdp-annex",
        frm=("Justice for Detainees Project", "office@justicefordetainees.org"),
        subject="Additional annex to our submission",
        body=T("""
            Dear Secretariat,

            Please find attached an additional annex to our submission of 5 March, with case
            summaries. It complements the submission and does not replace it. The annex may
            also be published.

            Justice for Detainees Project
            """),
        lang="en",
        tz=-5,
        atts=[pdf("JDP_Annex_case_summaries.pdf", "en", doc("en", "jdp-annex", 4))],
        conf="publish",
        submitter=(CS, "Justice for Detainees Project", None),
        trap="addendum that replaces nothing: its own submission, supersedes null",
    )
    add(
        slug="add2-chile-nv",
        frm=("Misión de Chile en Ginebra", "chile.ginebra@minrel.gob.cl"),
        subject="Nota verbal N° 045 - Contribución de Chile",
        body=T("""
            Estimados señores:

            Adjunto se remite la nota verbal N° 045 con la contribución de Chile.

            Saludos cordiales,
            Misión Permanente de Chile ante la Oficina de las Naciones Unidas en Ginebra
            """),
        lang="es",
        tz=1,
        atts=[pdf("NV_045_Chile.pdf", "es", nv_es("de Chile", "de Chile", "chl"))],
        submitter=(MS, "Chile", "CHL"),
        trap="State note verbale, later completed by an annex",
    )
    add(
        1,
        slug="add2-chile-anexo",
        frm=("Misión de Chile en Ginebra", "chile.ginebra@minrel.gob.cl"),
        subject="Anexo complementario a la nota verbal N° 045",
        body=T("""
            Estimados señores:

            En complemento de la nota verbal N° 045, se remite un anexo con estadísticas sobre
            las autorizaciones de empresas de seguridad privada. El anexo complementa la
            contribución enviada y no la sustituye.

            Saludos cordiales,
            Misión Permanente de Chile ante la Oficina de las Naciones Unidas en Ginebra
            """),
        lang="es",
        tz=1,
        atts=[pdf("Anexo_NV_045_estadisticas.pdf", "es", doc("gov-es", "chl-annex", 3))],
        submitter=(MS, "Chile", "CHL"),
        trap="State addendum ('complementa … no la sustituye'): supersedes null",
    )
    # Lookalike: same NGO, a second and different submission
    add(
        slug="look-amra-detention",
        frm=("Americas Migration Rights Alliance", "submissions@amra-alliance.org"),
        subject="AMRA submission: private detention in the Americas",
        body=T("""
            Dear Working Group,

            Please find attached AMRA's submission on privately run immigration detention in
            the Americas. It may be published.

            AMRA Detention Programme
            """),
        lang="en",
        tz=-5,
        atts=[pdf("AMRA_detention.pdf", "en", doc("en", "amra1", 6), title=TITLE["en"])],
        conf="publish",
        submitter=(CS, "Americas Migration Rights Alliance", None),
        trap="first of two distinct submissions by the same NGO",
    )
    add(
        1,
        slug="look-amra-maritime",
        frm=("Americas Migration Rights Alliance", "submissions@amra-alliance.org"),
        subject="AMRA second submission: interceptions at sea",
        body=T("""
            Dear Working Group,

            This is a second, separate submission from AMRA's maritime team, on interceptions
            at sea by private vessels. It does not replace our earlier submission on detention,
            which remains valid. This one may be published too.

            AMRA Maritime Programme
            """),
        lang="en",
        tz=-5,
        atts=[pdf("AMRA_maritime.pdf", "en", [EN[6], *doc("en", "amra2", 4)], title=TITLE["en"])],
        conf="publish",
        submitter=(CS, "Americas Migration Rights Alliance", None),
        trap="lookalike: same sender, different submission, not a revision",
    )


# ====================================================================== amendments


def amendments() -> None:
    add(
        slug="amend1-rsn-submission",
        frm=("Refugee Solidarity Network", "info@refugeesolidarity.net"),
        subject="RSN submission",
        body=T("""
            Dear Secretariat,

            Attached is the submission of the Refugee Solidarity Network on private guards at
            reception centres.

            Refugee Solidarity Network
            """),
        lang="en",
        tz=1,
        atts=[pdf("RSN_submission.pdf", "en", doc("en", "rsn", 5), title=TITLE["en"])],
        conf="confidential",
        submitter=(CS, "Refugee Solidarity Network", None),
        trap="said nothing; made confidential by a later message (stricter applies at once)",
    )
    add(
        1,
        slug="amend1-rsn-treat-confidential",
        frm=("Refugee Solidarity Network", "info@refugeesolidarity.net"),
        subject="RE: RSN submission - confidentiality",
        body=T("""
            Dear Secretariat,

            Further to our submission of 4 March, please treat it as confidential. Some of the
            people quoted have since been contacted by the company concerned.

            Thank you,
            Refugee Solidarity Network
            """),
        lang="en",
        tz=1,
        kind="not_submission",
        conf="confidential",
        flags=["amends"],
        amends="amend1-rsn-submission",
        trap="later confidentiality request: not_submission + amends",
    )
    add(
        slug="amend2-defensoria-peru",
        frm=("Defensoría del Pueblo del Perú", "adjuntia.migrantes@defensoria.gob.pe"),
        subject="Contribución de la Defensoría del Pueblo del Perú",
        body=T("""
            Estimados señores:

            La Defensoría del Pueblo del Perú remite su contribución, la cual puede
            publicarse.

            Atentamente,
            Adjuntía para los Derechos Humanos y las Personas con Discapacidad
            """),
        lang="es",
        tz=-5,
        atts=[pdf("Contribucion_DP_Peru.pdf", "es", doc("es", "dpperu", 6), title=TITLE["es"])],
        conf="confidential",
        submitter=(NHRI, "Defensoría del Pueblo del Perú", "PER"),
        trap="consented, then asked for confidentiality: the stricter request wins",
    )
    add(
        1,
        slug="amend2-defensoria-confidencial",
        frm=("Defensoría del Pueblo del Perú", "adjuntia.migrantes@defensoria.gob.pe"),
        subject="RE: Contribución de la Defensoría del Pueblo del Perú",
        body=T("""
            Estimados señores:

            En relación con nuestra contribución enviada el 6 de marzo, les solicitamos que sea
            tratada como confidencial y que no se publique, por encontrarse en curso
            investigaciones sobre los hechos descritos.

            Atentamente,
            Adjuntía para los Derechos Humanos
            """),
        lang="es",
        tz=-5,
        kind="not_submission",
        conf="confidential",
        flags=["amends"],
        amends="amend2-defensoria-peru",
        trap="Spanish later confidentiality request",
    )
    add(
        slug="amend3-cam-contribution",
        frm=("Centre Afrique Migrations", "contact@centre-afrique-migrations.org"),
        subject="Contribution du Centre Afrique Migrations",
        body=T("""
            Madame, Monsieur,

            Veuillez trouver ci-joint la contribution du Centre Afrique Migrations.

            Cordialement,
            Centre Afrique Migrations, Dakar
            """),
        lang="fr",
        tz=0,
        atts=[pdf("CAM_contribution.pdf", "fr", doc("fr", "cam", 6), title=TITLE["fr"])],
        conf="confidential",
        submitter=(CS, "Centre Afrique Migrations", None),
        trap="made confidential by a later French message",
    )
    add(
        1,
        slug="amend3-cam-ne-pas-publier",
        frm=("Centre Afrique Migrations", "contact@centre-afrique-migrations.org"),
        subject="Re: Contribution du Centre Afrique Migrations",
        body=T("""
            Madame, Monsieur,

            Suite à notre envoi du 2 mars, nous vous prions de ne pas publier notre
            contribution et de la traiter de manière confidentielle.

            Avec nos remerciements,
            Centre Afrique Migrations
            """),
        lang="fr",
        tz=0,
        kind="not_submission",
        conf="confidential",
        flags=["amends"],
        amends="amend3-cam-contribution",
        trap="French later request 'nous vous prions de ne pas publier'",
    )
    add(
        slug="amend4-pra-submission",
        frm=("Pacific Refugee Action", "admin@pacificrefugeeaction.org.au"),
        subject="Submission from Pacific Refugee Action",
        body=T("""
            Hello,

            Our submission on offshore processing and private contractors is attached.

            Pacific Refugee Action, Melbourne
            """),
        lang="en",
        tz=11,
        atts=[pdf("PRA_submission.pdf", "en", doc("en", "pra", 6), title=TITLE["en"])],
        conf="unspecified",
        submitter=(CS, "Pacific Refugee Action", None),
        trap="unspecified; a later consent waits for an officer, so it stays unspecified",
    )
    add(
        1,
        slug="amend4-pra-consent",
        frm=("Pacific Refugee Action", "admin@pacificrefugeeaction.org.au"),
        subject="Re: Submission from Pacific Refugee Action",
        body=T("""
            Hello again,

            Further to our submission of 6 March, and after consulting the people whose
            accounts it contains, we confirm that it may be published on the OHCHR website.

            Pacific Refugee Action
            """),
        lang="en",
        tz=11,
        kind="not_submission",
        conf="publish",
        flags=["amends"],
        amends="amend4-pra-submission",
        trap="later consent: not_submission + amends; the earlier one stays unspecified",
    )


# ====================================================================== forwards, duplicates, Date


def forwards_and_duplicates() -> None:
    inner1 = Spec(
        slug="fwd1-inner",
        frm=("Centro de Estudios Migratorios Andinos", "cema@cema-bolivia.org"),
        subject="Contribución CEMA - empresas de seguridad privada",
        to="jmoreau@ohchr.example",
        body=T("""
            Estimado señor Moreau:

            Le hago llegar la contribución del Centro de Estudios Migratorios Andinos para la
            convocatoria del Grupo de Trabajo. Autorizamos su publicación.

            Cordialmente,
            CEMA, La Paz
            """),
        lang="es",
        tz=-4,
        atts=[pdf("Contribucion_CEMA.pdf", "es", doc("es", "cema", 6), title=TITLE["es"])],
    )
    add(
        slug="fwd1-colleague-forward",
        frm=("Julien Moreau", "jmoreau@ohchr.example"),
        subject="Fwd: Contribución CEMA - empresas de seguridad privada",
        body=T("""
            Chers collègues,

            Cette contribution m'a été envoyée directement ; je vous la transfère pour l'appel.

            Julien
            """),
        lang="fr",
        tz=1,
        inner=inner1,
        conf="publish",
        flags=["forwarded"],
        submitter=(CS, "Centro de Estudios Migratorios Andinos", None),
        trap="colleague forwards as message/rfc822: the inner sender is the submitter",
    )
    inner2 = Spec(
        slug="fwd2-inner",
        frm=("HRDN Uganda", "info@hrdnuganda.org"),
        subject="Submission: PMSCs and refugees in Uganda",
        to="registry@ohchr.example",
        body=T("""
            Dear Sir/Madam,

            Kindly receive the submission of the Human Rights Defenders Network Uganda to the
            call for inputs of the Working Group on the use of mercenaries.

            Yours faithfully,
            Programme Coordinator, HRDN Uganda
            """),
        lang="en",
        tz=3,
        atts=[pdf("HRDN_Uganda_submission.pdf", "en", doc("en", "hrdn", 6), title=TITLE["en"])],
    )
    add(
        slug="fwd2-own-address-forward",
        frm=("WG Mercenaries (OHCHR)", WG),
        subject="FW: Submission: PMSCs and refugees in Uganda",
        body=T("""
            Received at the registry address; forwarding to the call mailbox so it is counted.

            --
            Secretariat, Working Group on the use of mercenaries
            """),
        lang="en",
        tz=1,
        inner=inner2,
        flags=["forwarded"],
        submitter=(CS, "Human Rights Defenders Network Uganda", None),
        trap="forward from the secretariat's own address is still the inner submission",
    )
    sent = dt.datetime(2020, 3, 9, 16, 2, 40, tzinfo=UTC)
    copies = (
        (0, "dup-dmt-first", [], at(9, 16, 4)),
        (1, "dup-dmt-again", ["duplicate"], at(13, 8, 31)),
    )
    for phase, slug, flags, received in copies:
        add(
            phase,
            slug=slug,
            received=received,
            frm=("Detention Monitoring Trust", "contact@detentionmonitoring.org.nz"),
            subject="Detention Monitoring Trust – submission",
            body=T("""
                Kia ora,

                Please find attached the submission of the Detention Monitoring Trust. It may
                be published.

                Ngā mihi,
                Detention Monitoring Trust, Wellington
                """),
            lang="en",
            tz=13,
            sent=sent,
            msgid="<CAJ7dmt2020+submission@mail.detentionmonitoring.org.nz>",
            headers=[("X-Gateway-Retry", "2")] if flags else [],
            atts=[pdf("DMT_submission.pdf", "en", doc("en", "dmt", 5), title=TITLE["en"])],
            conf="publish",
            flags=flags,
            submitter=(CS, "Detention Monitoring Trust", None),
            trap="same Message-ID, different bytes (re-delivered): second is a duplicate"
            if flags
            else "first copy of a message delivered twice",
        )
    add(
        slug="datehdr-border-health",
        frm=("Border Health Alliance", "bha@borderhealthalliance.org"),
        subject="Submission - health care in privately run detention",
        body=T("""
            Dear Working Group,

            Attached is the Border Health Alliance submission on access to health care in
            privately run immigration detention.

            Border Health Alliance
            """),
        lang="en",
        tz=-5,
        no_received=True,
        atts=[pdf("BHA_submission.pdf", "en", [EN[1], *doc("en", "bha", 4)], title=TITLE["en"])],
        flags=["received_from_date_header"],
        submitter=(CS, "Border Health Alliance", None),
        trap="no Received header: received time from the Date header",
    )
    add(
        slug="datehdr-wallonie-fr",
        frm=("Solidarité Migrants Wallonie", "info@solidarite-migrants-wallonie.be"),
        subject="Contribution de Solidarité Migrants Wallonie",
        body=T("""
            Madame, Monsieur,

            Vous trouverez ci-joint notre contribution. Elle peut être publiée sur votre site.

            Solidarité Migrants Wallonie, Liège
            """),
        lang="fr",
        tz=1,
        no_received=True,
        atts=[pdf("SMW_contribution.pdf", "fr", doc("fr", "smw", 5), title=TITLE["fr"])],
        conf="publish",
        flags=["received_from_date_header"],
        submitter=(CS, "Solidarité Migrants Wallonie", None),
        trap="no Received header (French): received_from_date_header",
    )


# ====================================================================== auto-replies and bounces

CALL_ID = "<call-2020-02-03@ohchr.example>"


def auto(slug: str, frm: tuple[str, str], subject: str, body: str, lang: str, headers, trap):
    add(
        slug=slug,
        frm=frm,
        subject=subject,
        body=body,
        lang=lang,
        headers=headers,
        in_reply_to=CALL_ID,
        kind="auto_reply",
        trap=trap,
    )


def bounce(slug: str, mta: str, subject: str, rcpt: str, status: str, diag: str, text: str):
    raw = (
        f"From: Mail Delivery System <MAILER-DAEMON@{mta}>\n"
        f"To: {WG}\n"
        f"Subject: {subject}\n"
        "Date: {DATE}\n"
        f"Message-ID: <bounce{{N}}.{slug}@{mta}>\n"
        "Auto-Submitted: auto-replied\n"
        "MIME-Version: 1.0\n"
        'Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="=_dsn_{N}"\n'
        "\n"
        "This is a MIME-encapsulated message.\n"
        "\n"
        "--=_dsn_{N}\n"
        "Content-Type: text/plain; charset=us-ascii\n"
        "\n"
        f"{text}\n"
        "--=_dsn_{N}\n"
        "Content-Type: message/delivery-status\n"
        "\n"
        f"Reporting-MTA: dns; {mta}\n"
        "\n"
        f"Final-Recipient: rfc822; {rcpt}\n"
        "Action: failed\n"
        f"Status: {status}\n"
        f"Diagnostic-Code: smtp; {diag}\n"
        "\n"
        "--=_dsn_{N}\n"
        "Content-Type: text/rfc822-headers\n"
        "\n"
        f"From: {WG}\n"
        f"To: {rcpt}\n"
        "Subject: Reminder: call for inputs\n"
        f"Message-ID: {CALL_ID}\n"
        "\n"
        "--=_dsn_{N}--\n"
    )
    add(
        slug=slug,
        frm=("Mail Delivery System", f"MAILER-DAEMON@{mta}"),
        subject=subject,
        body="",
        lang="en",
        raw=raw,
        language="en",
        kind="bounce",
        trap="delivery status notification (multipart/report)",
    )


def auto_replies_and_bounces() -> None:
    auto(
        "auto-en-ooo-short",
        ("Laura Schmidt", "laura.schmidt@humanrightsfirst.example.org"),
        "Out of Office: " + CALL_SUBJECT,
        "I am out of the office until 16 March.\n",
        "en",
        [("Auto-Submitted", "auto-replied")],
        "short out-of-office (Auto-Submitted); under 100 letters: language null",
    )
    auto(
        "auto-en-automatic-reply",
        ("Peter Njoroge", "pnjoroge@refugeeconsortium.or.ke"),
        "Automatic reply: " + CALL_SUBJECT,
        T("""
            Thank you for your message. I am currently on mission in Kakuma until 12 March and
            will have limited access to e-mail. For urgent matters, please contact my colleague
            Grace Achieng at gachieng@refugeeconsortium.or.ke.
            """),
        "en",
        [("X-Autoreply", "yes"), ("Auto-Submitted", "auto-replied")],
        "'Automatic reply:' with X-Autoreply",
    )
    auto(
        "auto-fr-absence",
        ("Isabelle Dubois", "isabelle.dubois@anafe-exemple.org"),
        "Absence du bureau : " + CALL_SUBJECT,
        T("""
            Bonjour,

            Je suis absente du bureau jusqu'au lundi 9 mars inclus, sans accès à ma messagerie.
            Pour toute question urgente, vous pouvez contacter l'accueil de l'association au
            01 43 67 27 52.

            Cordialement,
            Isabelle Dubois
            """),
        "fr",
        [("Auto-Submitted", "auto-replied")],
        "'Absence du bureau' (Auto-Submitted)",
    )
    auto(
        "auto-fr-reponse-courte",
        ("Secrétariat", "secretariat@mission-exemple.ch"),
        "Réponse automatique : " + CALL_SUBJECT,
        "Votre message a bien été reçu.\n",
        "fr",
        [("Precedence", "auto_reply")],
        "'Réponse automatique' with Precedence: auto_reply; short",
    )
    auto(
        "auto-es-respuesta",
        ("Mariana López", "mlopez@cdhfrontera.org.mx"),
        "Respuesta automática: " + CALL_SUBJECT,
        T("""
            Gracias por su mensaje. Me encuentro de vacaciones hasta el 23 de marzo y no tendré
            acceso al correo electrónico. Para asuntos urgentes, por favor escriba a
            contacto@cdhfrontera.org.mx.

            Saludos,
            Mariana López
            """),
        "es",
        [("X-Autoreply", "yes")],
        "'Respuesta automática' with X-Autoreply",
    )
    auto(
        "auto-es-fuera-oficina",
        ("Jorge Paredes", "jparedes@cancilleria.example.gob.pe"),
        "Fuera de la oficina",
        "Estaré fuera de la oficina hasta el 10 de marzo.\n",
        "es",
        [("Auto-Submitted", "auto-replied")],
        "'Fuera de la oficina', short: language null",
    )
    auto(
        "auto-en-mission-ack",
        ("Mission Registry", "registry@mission-exemple.org"),
        "AutoReply: Your message has been received",
        T("""
            This is an automatic acknowledgement. Your message has been received by the
            registry of the Permanent Mission and will be forwarded to the competent officer.
            Please do not reply to this message.
            """),
        "en",
        [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        "automatic acknowledgement by a mission's registry",
    )
    auto(
        "auto-en-subject-only",
        ("Dr. Aisha Bello", "a.bello@unilag-exemple.edu.ng"),
        "Out of office",
        T("""
            Dear sender,

            I am away attending a conference until 18 March and will respond to your e-mail
            upon my return. For administrative matters please contact the department office.

            Best wishes,
            Aisha Bello
            """),
        "en",
        [],
        "out-of-office recognisable by its subject only, no auto headers",
    )
    auto(
        "auto-es-acuse",
        ("Oficina de Partes", "oficinadepartes@minrel-exemple.gob.cl"),
        "Acuse de recibo automático",
        T("""
            Su correo ha sido recibido por la Oficina de Partes del Ministerio y será remitido
            a la dependencia competente. Este es un mensaje generado automáticamente; por favor
            no responda a esta dirección.
            """),
        "es",
        [("Precedence", "auto_reply")],
        "Spanish automatic acknowledgement (Precedence: auto_reply)",
    )
    auto(
        "auto-fr-absente",
        ("Nadia Kone", "nadia.kone@droits-exemple.ci"),
        "Absente jusqu'au 16 mars",
        T("""
            Bonjour,

            Je suis en mission à l'intérieur du pays jusqu'au 16 mars, avec un accès très limité
            à internet. Je prendrai connaissance de votre message à mon retour. En cas
            d'urgence, merci de contacter le secrétariat de l'association.

            Nadia Kone
            """),
        "fr",
        [("X-Autoreply", "yes")],
        "French out-of-office with X-Autoreply",
    )
    bounce(
        "bounce-postfix-unknown-user",
        "mail.migrantrights-exemple.org",
        "Undelivered Mail Returned to Sender",
        "j.doe@migrantrights-exemple.org",
        "5.1.1",
        "550 5.1.1 <j.doe@migrantrights-exemple.org>: Recipient address rejected: User unknown",
        T("""
            This is the mail system at host mail.migrantrights-exemple.org.

            I'm sorry to have to inform you that your message could not be delivered to one or
            more recipients. It's attached below.

            For further assistance, please send mail to postmaster.

            If you do so, please include this problem report. You can delete your own text
            from the attached returned message.
            """),
    )
    bounce(
        "bounce-gmail-mailbox-full",
        "mx.google.com",
        "Delivery Status Notification (Failure)",
        "someone.full@gmail.com",
        "5.2.2",
        "552 5.2.2 The email account that you tried to reach is over quota.",
        T("""
            Address not found / mailbox full

            Your message wasn't delivered to someone.full@gmail.com because the recipient's
            inbox is out of storage space. Please try resending the message at a later time.
            """),
    )
    bounce(
        "bounce-exchange-undeliverable",
        "EUR03-VE1-obe.outbound.protection.outlook.com",
        "Undeliverable: Reminder: call for inputs",
        "info@closed-ngo-exemple.org",
        "5.4.1",
        "550 5.4.1 Recipient address rejected: Access denied",
        T("""
            Your message to info@closed-ngo-exemple.org couldn't be delivered.

            The recipient's e-mail system rejected the message because the address does not
            exist any longer. Contact the recipient by some other means and ask them to give
            you a current address.
            """),
    )
    bounce(
        "bounce-exim-failed",
        "server12.hosting-exemple.net",
        "Mail delivery failed: returning message to sender",
        "contact@oldsite-exemple.org",
        "5.0.0",
        "550 Unrouteable address",
        T("""
            This message was created automatically by mail delivery software.

            A message that you sent could not be delivered to one or more of its recipients.
            This is a permanent error. The following address failed: contact@oldsite-exemple.org
            """),
    )
    bounce(
        "bounce-sendmail-host-unknown",
        "relay.university-exemple.ac.za",
        "Returned mail: see transcript for details",
        "prof@department.university-exemple.ac.za",
        "5.1.2",
        "550 Host unknown (Name server: department.university-exemple.ac.za: host not found)",
        T("""
            The original message was received from the sender's server and could not be
            delivered because the destination host is unknown to the name server.

               ----- The following addresses had permanent fatal errors -----
            prof@department.university-exemple.ac.za
            """),
    )


# ====================================================================== other non-submissions


def not_submissions() -> None:
    # the secretariat's own messages
    add(
        slug="own-reminder-en",
        frm=("WG Mercenaries (OHCHR)", WG),
        subject="Reminder: " + CALL_SUBJECT + " – deadline 17 March 2020",
        body=T("""
            Dear colleagues,

            This is a kind reminder that the deadline for submissions to the call for inputs of
            the Working Group on the use of mercenaries is 17 March 2020. Submissions should
            not exceed 10,000 words and should be sent in Word or PDF format to this address.
            Please indicate whether the submission may be published on the OHCHR website or be
            treated as confidential.

            Kind regards,
            Secretariat of the Working Group on the use of mercenaries
            OHCHR, Palais Wilson, Geneva
            """),
        lang="en",
        tz=1,
        to="undisclosed-recipients:;",
        kind="not_submission",
        trap="the secretariat's own reminder (own address); its confidentiality wording is "
        "not a request",
    )
    add(
        slug="own-recordatorio-es",
        frm=("WG Mercenaries (OHCHR)", WG),
        subject="Recordatorio: convocatoria del Grupo de Trabajo – plazo 17 de marzo de 2020",
        body=T("""
            Estimados colegas:

            Les recordamos que el plazo para enviar contribuciones a la convocatoria del Grupo
            de Trabajo sobre la utilización de mercenarios vence el 17 de marzo de 2020. Les
            rogamos indicar si la contribución puede publicarse en el sitio web del ACNUDH o
            si debe tratarse de manera confidencial.

            Atentamente,
            Secretaría del Grupo de Trabajo
            """),
        lang="es",
        tz=1,
        to="undisclosed-recipients:;",
        kind="not_submission",
        trap="the secretariat's own reminder in Spanish",
    )
    add(
        slug="own-accuse-reception-fr",
        frm=("WG Mercenaries (OHCHR)", WG),
        subject="Accusé de réception – votre contribution",
        to="contact@frontieres-droits.fr",
        cc=WG,
        body=T("""
            Madame, Monsieur,

            Nous accusons réception de votre contribution à l'appel du Groupe de travail sur
            l'utilisation de mercenaires et vous en remercions. Elle sera prise en compte dans
            la préparation du rapport thématique.

            Le Secrétariat du Groupe de travail
            """),
        lang="fr",
        tz=1,
        kind="not_submission",
        trap="the secretariat's acknowledgement, copied to its own mailbox",
    )
    # questions about the call
    add(
        slug="question-en-extension",
        frm=("Nicola Evans", "nicola.evans@refugeeaction-exemple.org.uk"),
        subject="Deadline for the call for inputs",
        body=T("""
            Dear Secretariat,

            Could you tell me whether the deadline can be extended? We are finalising our
            submission on private contractors in immigration removal centres but need one more
            week to collect the last testimonies.

            Many thanks,
            Nicola Evans
            """),
        lang="en",
        tz=0,
        kind="not_submission",
        trap="question about the deadline, not a submission",
    )
    add(
        slug="question-fr-delai",
        frm=("Moussa Traoré", "moussa.traore@amdh-exemple.ml"),
        subject="Demande de prolongation du délai",
        body=T("""
            Madame, Monsieur,

            Serait-il possible de prolonger le délai de quelques jours ? Notre association
            prépare une contribution sur les sociétés de sécurité privées aux frontières, mais
            la collecte des témoignages a pris du retard.

            Respectueusement,
            Moussa Traoré
            """),
        lang="fr",
        tz=0,
        kind="not_submission",
        trap="French question about the deadline",
    )
    add(
        slug="question-es-plazo",
        frm=("Lucía Fernández", "lucia.fernandez@redmigra-exemple.org.uy"),
        subject="Consulta sobre el plazo",
        body=T("""
            Estimados:

            ¿Sería posible ampliar el plazo para enviar contribuciones? Nuestra red quisiera
            participar, pero necesitamos consultar a las organizaciones miembro antes de
            enviar el documento.

            Muchas gracias,
            Lucía Fernández
            """),
        lang="es",
        tz=-3,
        kind="not_submission",
        trap="Spanish question about the deadline",
    )
    add(
        slug="question-en-portuguese",
        frm=("Thiago Almeida", "thiago.almeida@conectas-exemple.org"),
        subject="Question: language of submissions",
        body=T("""
            Dear colleagues,

            Can we submit our contribution in Portuguese, or does it need to be in English,
            French or Spanish? We could provide an English summary if that helps, but a full
            translation would take us several weeks.

            Best,
            Thiago Almeida
            """),
        lang="en",
        tz=-3,
        kind="not_submission",
        trap="question about languages (mentions Portuguese, written in English)",
    )
    add(
        slug="question-es-short",
        frm=("Pedro", "pedro.mtz@gmail.com"),
        subject="pregunta",
        body="¿A qué correo se envía la contribución? Gracias\n",
        lang="es",
        tz=-6,
        kind="not_submission",
        trap="very short question: language null",
    )
    add(
        slug="question-fr-longueur",
        frm=("Hélène Garnier", "helene.garnier@univ-exemple.fr"),
        subject="Questions sur le format des contributions",
        body=T("""
            Bonjour,

            Quelle est la longueur maximale des contributions ? Est-il possible de joindre des
            annexes en plus du document principal, et faut-il un format particulier pour les
            notes de bas de page ?

            Merci d'avance,
            Hélène Garnier
            """),
        lang="fr",
        tz=1,
        kind="not_submission",
        trap="French question about the format",
    )
    add(
        slug="test-short",
        frm=("Tomás Rivera", "tomas.rivera@outlook.com"),
        subject="test",
        body="test\n",
        lang="en",
        tz=-5,
        kind="not_submission",
        trap="'test' message: nothing to read, language null",
    )
    # newsletters
    unsub = "<mailto:unsubscribe@lists.{}>, <https://lists.{}/unsubscribe?u=8f3a>"
    add(
        slug="newsletter-en-weekly",
        frm=("Migration Policy Weekly", "newsletter@migrationpolicyweekly.example.com"),
        subject="Migration Policy Weekly – Issue 112: border technology, new reports",
        body=T("""
            MIGRATION POLICY WEEKLY - Issue 112

            In this issue: new research on border technology procurement; the European Court
            rules on a pushback case; upcoming events in Geneva and Brussels; job vacancies.

            1. Border technology procurement reached a new record in 2019, according to a
            report released this week by a coalition of researchers.

            2. Events: panel on detention alternatives, 19 March, Palais des Nations.

            You are receiving this newsletter because you subscribed at our website.
            Unsubscribe | Update your preferences
            """),
        lang="en",
        tz=-5,
        headers=[
            ("List-Unsubscribe", unsub.format("migrationpolicyweekly.example.com", "mpw.example")),
            ("Precedence", "bulk"),
        ],
        kind="not_submission",
        trap="newsletter (List-Unsubscribe, Precedence: bulk)",
    )
    add(
        slug="newsletter-fr-lettre",
        frm=("Lettre d'information Migrations & Droits", "lettre@migrations-droits.example.fr"),
        subject="Lettre d'information – mars 2020",
        body=T("""
            LETTRE D'INFORMATION - MARS 2020

            Au sommaire : les nouvelles règles de la rétention administrative ; un colloque sur
            les frontières à Strasbourg ; nos offres de stage pour l'été.

            Vous recevez cette lettre car vous êtes inscrit à notre liste de diffusion. Pour
            vous désabonner, cliquez ici.
            """),
        lang="fr",
        tz=1,
        headers=[
            ("List-Unsubscribe", "<https://migrations-droits.example.fr/desabonnement>"),
            ("List-Id", "<lettre.migrations-droits.example.fr>"),
            ("Precedence", "bulk"),
        ],
        kind="not_submission",
        trap="French newsletter",
    )
    add(
        slug="newsletter-es-boletin",
        frm=("Boletín Red de Movilidad", "boletin@redmovilidad.example.org"),
        subject="Boletín mensual de la Red de Movilidad Humana - marzo",
        body=T("""
            BOLETÍN MENSUAL - MARZO 2020

            En esta edición: nuevas cifras de desplazamiento en la región, un seminario en
            línea sobre protección internacional y la convocatoria a nuestro curso de verano.

            Recibe este boletín porque se suscribió en nuestro sitio. Para darse de baja, haga
            clic aquí.
            """),
        lang="es",
        tz=-5,
        headers=[
            ("List-Unsubscribe", "<mailto:baja@redmovilidad.example.org>"),
            ("Precedence", "bulk"),
        ],
        kind="not_submission",
        trap="Spanish newsletter",
    )
    add(
        slug="newsletter-en-html",
        frm=("Geneva Human Rights Agenda", "agenda@genevahr-agenda.example.org"),
        subject="This week in Geneva: HRC43, side events, treaty bodies",
        body="",
        html=T("""
            <html><body>
            <h1>This week in Geneva</h1>
            <p>The 43rd session of the Human Rights Council continues with interactive
            dialogues with special procedures. Side events this week include a panel on
            private security and migration and a launch of a report on detention.</p>
            <p><a href="https://genevahr-agenda.example.org/unsubscribe">Unsubscribe</a></p>
            </body></html>
            """),
        lang="en",
        tz=1,
        headers=[
            ("List-Unsubscribe", "<https://genevahr-agenda.example.org/unsubscribe>"),
            ("Precedence", "bulk"),
        ],
        kind="not_submission",
        trap="HTML-only newsletter that mentions private security and migration",
    )
    # spam
    add(
        slug="spam-en-prize",
        frm=("Departamento de Premios", "premios@loteria-internacional.example.biz"),
        subject="¡¡¡FELICIDADES!!! Usted ha ganado 850.000 USD",
        body=T("""
            Estimado beneficiario:

            Su dirección de correo electrónico ha resultado ganadora de 850.000 USD en nuestro
            sorteo internacional. Para reclamar su premio, envíe su nombre completo, su
            dirección y una copia de su pasaporte a nuestro agente. ¡Esta oferta vence en 48
            horas!
            """),
        lang="es",
        tz=0,
        kind="not_submission",
        trap="Spanish spam",
    )
    add(
        slug="spam-en-invoice",
        frm=("Accounts Payable", "billing@secure-docs-portal.example.net"),
        subject="Invoice #INV-20931 overdue - action required",
        body=T("""
            Hello,

            Please find your overdue invoice at the secure link below. Failure to pay within 24
            hours will result in suspension of your account.

            https://secure-docs-portal.example.net/view?id=INV-20931

            Accounts Payable Team
            """),
        lang="en",
        tz=0,
        kind="not_submission",
        trap="phishing with a link (a link is not a submission download)",
    )
    add(
        slug="spam-en-seo",
        frm=("Sandeep (SEO Expert)", "sandeep.seo.services@gmail.com"),
        subject="Improve ranking of ohchr.example on Google",
        body=T("""
            Hi Team,

            I was checking your website and noticed it is not ranking on the first page of
            Google for important keywords. We can bring your website to the top positions at
            a very reasonable price. Reply for a free audit report.

            Regards,
            Sandeep
            """),
        lang="en",
        tz=5,
        kind="not_submission",
        trap="spam",
    )
    add(
        slug="spam-fr-colis",
        frm=("Service Livraison", "notification@colis-suivi.example.info"),
        subject="Votre colis est en attente de livraison",
        body=T("""
            Bonjour,

            Votre colis n'a pas pu être livré car des frais de douane de 1,99 EUR n'ont pas été
            réglés. Veuillez confirmer vos informations de paiement en cliquant sur le lien
            ci-dessous afin de programmer une nouvelle livraison.

            https://colis-suivi.example.info/confirmer
            """),
        lang="fr",
        tz=1,
        kind="not_submission",
        trap="French phishing spam",
    )


# ====================================================================== around the deadline


def late() -> None:
    add(
        2,
        slug="deadline-es-just-in-time",
        frm=("Centro Pro Derechos Frontera Norte", "contacto@prederechosfn.org.mx"),
        subject="Contribución - Centro Pro Derechos Frontera Norte",
        body=T("""
            Estimado Grupo de Trabajo:

            Enviamos nuestra contribución dentro del plazo. Autorizamos su publicación.

            Centro Pro Derechos Frontera Norte, Ciudad Juárez
            """),
        lang="es",
        tz=-6,
        received=at(17, 22, 31),
        atts=[pdf("Contribucion_CPDFN.pdf", "es", doc("es", "cpdfn", 6), title=TITLE["es"])],
        conf="publish",
        submitter=(CS, "Centro Pro Derechos Frontera Norte", None),
        trap="received 23:31 Geneva time on the deadline day: on time",
    )
    add(
        2,
        slug="deadline-en-late-minutes",
        frm=("Refugee Voices Lebanon", "team@refugeevoices-lb.org"),
        subject="Submission - apologies for the delay",
        body=T("""
            Dear Secretariat,

            Apologies for sending our submission a few minutes after the deadline; we had
            connection problems. We hope it can still be considered.

            Refugee Voices Lebanon, Beirut
            """),
        lang="en",
        tz=2,
        received=at(17, 23, 4),
        atts=[pdf("RVL_submission.pdf", "en", doc("en", "rvl", 5), title=TITLE["en"])],
        submitter=(CS, "Refugee Voices Lebanon", None),
        trap="received 00:04 Geneva time on 18 March: late but kept",
    )
    add(
        2,
        slug="deadline-fr-late-unige",
        frm=("Global Studies Institute", "gsi-migrations@unige.ch"),
        subject="Contribution du Global Studies Institute (Université de Genève)",
        body=T("""
            Madame, Monsieur,

            Veuillez trouver ci-joint, avec nos excuses pour ce léger retard, la contribution
            du Global Studies Institute de l'Université de Genève. Elle peut être publiée.

            Bien cordialement,
            Global Studies Institute, Université de Genève
            """),
        lang="fr",
        tz=1,
        received=at(18, 9, 15),
        atts=[pdf("GSI_UNIGE_contribution.pdf", "fr", doc("fr", "gsi", 6), title=TITLE["fr"])],
        conf="publish",
        submitter=(AC, "Global Studies Institute, Université de Genève", None),
        trap="late academic submission",
    )
    add(
        2,
        slug="deadline-en-sender-clock",
        frm=("Afghan Migrants Support Network", "amsn.coordination@gmail.com"),
        subject="AMSN submission (confidential)",
        body=T("""
            Dear Working Group,

            Please find attached our submission. It is confidential and must not be published,
            as it concerns people still in hiding.

            AMSN Coordination
            """),
        lang="en",
        tz=4,
        sent=dt.datetime(2020, 3, 17, 20, 55, 3, tzinfo=UTC),
        received=at(18, 6, 40),
        atts=[pdf("AMSN_submission.pdf", "en", doc("en", "amsn", 5), title=TITLE["en"])],
        conf="confidential",
        submitter=(CS, "Afghan Migrants Support Network", None),
        trap="Date header before the deadline, server receipt after it: late",
    )
    add(
        2,
        slug="deadline-es-late-state",
        frm=("Misión Permanente de El Salvador", "misionginebra@rree.gob.sv"),
        subject="Nota verbal - contribución de El Salvador",
        body=T("""
            Estimados señores:

            Se remite, con las disculpas por el retraso, la nota verbal de la Misión Permanente
            de El Salvador con la contribución del Gobierno.

            Atentamente,
            Misión Permanente de El Salvador en Ginebra
            """),
        lang="es",
        tz=1,
        received=at(20, 11, 2),
        atts=[pdf("NV_El_Salvador.pdf", "es", nv_es("de El Salvador", "de El Salvador", "slv"))],
        submitter=(MS, "El Salvador", "SLV"),
        trap="late note verbale from a State",
    )


# ====================================================================== more ES and FR senders


def more_spanish_and_french() -> None:
    add(
        slug="ngo-es-familiares-desaparecidos",
        frm=("Asociación de Familiares de Migrantes Desaparecidos", "afamide@afamide.org.hn"),
        subject="Contribución AFAMIDE",
        body=T("""
            Estimadas personas del Grupo de Trabajo:

            Compartimos la contribución de la Asociación de Familiares de Migrantes
            Desaparecidos. Estamos de acuerdo con que se publique.

            Con aprecio,
            AFAMIDE, El Progreso, Yoro
            """),
        lang="es",
        tz=-6,
        atts=[pdf("AFAMIDE_contribucion.pdf", "es", doc("es", "afamide", 5), title=TITLE["es"])],
        conf="publish",
        submitter=(CS, "Asociación de Familiares de Migrantes Desaparecidos", None),
        trap="'Estamos de acuerdo con que se publique': publish",
    )
    add(
        slug="ngo-es-observatorio-chile",
        frm=("Observatorio DDHH Migrantes", "observatorio.migrantes@gmail.com"),
        subject="Contribución del Observatorio de Derechos Humanos de Personas Migrantes",
        body=T("""
            Estimados,

            Adjuntamos nuestra contribución sobre los traslados de personas migrantes en el
            norte de Chile, realizados con apoyo de empresas privadas de transporte y
            seguridad.

            Saludos,
            Observatorio de Derechos Humanos de Personas Migrantes, Iquique
            """),
        lang="es",
        tz=-3,
        atts=[pdf("Contribucion_ODHPM.pdf", "es", doc("es", "odhpm", 6))],
        submitter=(CS, "Observatorio de Derechos Humanos de Personas Migrantes", None),
        trap="NGO from gmail, nothing on publication",
    )
    add(
        slug="ind-es-body-paredes",
        frm=("Lucía Paredes", "lucia.paredes.v@gmail.com"),
        subject="mi aporte sobre la frontera",
        body=T("""
            Hola, buenas tardes.

            Trabajé como voluntaria en un albergue de la frontera sur y quiero compartir lo que
            vi.

            """)
        + "\n\n".join(pick("es", 3, "paredes"))
        + "\n\nLucía Paredes\n",
        lang="es",
        tz=-6,
        submitter=(IND, "Lucía Paredes", None),
        trap="individual Spanish body-only submission, nothing on publication",
    )
    for slug, addr, who, de, name, iso, fname in (
        (
            "state-costarica-es",
            "mision.ginebra@rree.go.cr",
            "Misión de Costa Rica",
            "de Costa Rica",
            "Costa Rica",
            "CRI",
            "NV-MPCR-0231-2020.pdf",
        ),
        (
            "state-uruguay-es",
            "urugi@mrree.gub.uy",
            "Misión del Uruguay en Ginebra",
            "de la República Oriental del Uruguay",
            "Uruguay",
            "URY",
            "Nota Uruguay EMSP.pdf",
        ),
        (
            "state-panama-es",
            "mision.ginebra@mire.gob.pa",
            "Misión Permanente de Panamá",
            "de la República de Panamá",
            "Panama",
            "PAN",
            "NV_Panama_mercenarios.pdf",
        ),
    ):
        state(
            slug,
            addr,
            who,
            "Nota verbal - respuesta a la convocatoria del Grupo de Trabajo",
            T(f"""
                Estimados señores:

                Se remite la nota verbal de la Misión Permanente {de} con la respuesta del
                Gobierno a la convocatoria sobre empresas militares y de seguridad privadas.

                Atentamente,
                {who}
                """),
            "es",
            nv_es(de, de, iso.lower()),
            "pdf",
            fname,
            name,
            iso,
            tz=1,
            trap="Spanish note verbale; long form to UN short name",
        )
    for slug, addr, who, de, gov, name, iso, fname in (
        (
            "state-haiti-fr",
            "mission.haiti.geneve@gmail.com",
            "Mission permanente d'Haïti",
            "de la République d'Haïti",
            "haïtien",
            "Haiti",
            "HTI",
            "Note verbale Haiti.pdf",
        ),
        (
            "state-luxembourg-fr",
            "geneve.rp@mae.etat.lu",
            "Représentation permanente du Luxembourg",
            "du Grand-Duché de Luxembourg",
            "luxembourgeois",
            "Luxembourg",
            "LUX",
            "Contribution Luxembourg.pdf",
        ),
        (
            "state-mali-fr",
            "mpmali.geneve@diplomatie.gouv.ml",
            "Mission permanente du Mali",
            "de la République du Mali",
            "malien",
            "Mali",
            "MLI",
            "NV_Mali_2020.pdf",
        ),
        (
            "state-niger-fr",
            "mission.niger.geneve@affetrangeres.gouv.ne",
            "Mission permanente du Niger",
            "de la République du Niger",
            "nigérien",
            "Niger",
            "NER",
            "NV Niger mercenaires.pdf",
        ),
    ):
        state(
            slug,
            addr,
            who,
            "Note verbale – appel à contributions du Groupe de travail",
            T(f"""
                Madame, Monsieur,

                Veuillez trouver ci-jointe la note verbale de la Mission permanente {de}
                relative à l'appel à contributions sur les sociétés militaires et de sécurité
                privées.

                Cordialement,
                {who}
                """),
            "fr",
            nv_fr(de, gov, iso.lower()),
            "pdf",
            fname,
            name,
            iso,
            tz=1,
            trap="French note verbale; long form to UN short name",
        )
    add(
        slug="nhri-elsalvador-pddh",
        frm=("PDDH El Salvador", "internacional@pddh.gob.sv"),
        subject="Aporte de la Procuraduría para la Defensa de los Derechos Humanos",
        body=T("""
            Estimados señores:

            La Procuraduría para la Defensa de los Derechos Humanos de El Salvador remite su
            aporte, elaborado a partir del monitoreo de los retornos forzados. Puede ser
            publicado.

            Atentamente,
            Departamento de Relaciones Internacionales, PDDH
            """),
        lang="es",
        tz=-6,
        atts=[pdf("Aporte_PDDH.pdf", "es", doc("es", "pddh", 5), title=TITLE["es"])],
        conf="publish",
        submitter=(NHRI, "Procuraduría para la Defensa de los Derechos Humanos", "SLV"),
        trap="NHRI (El Salvador) on a .gob.sv domain: not a State",
    )
    add(
        slug="nhri-bolivia-defensoria",
        frm=("Defensoría del Pueblo de Bolivia", "dp.internacional@defensoria.gob.bo"),
        subject="Contribución Defensoría del Pueblo del Estado Plurinacional de Bolivia",
        body=T("""
            Señores:

            Adjuntamos la contribución de la Defensoría del Pueblo del Estado Plurinacional de
            Bolivia a la convocatoria del Grupo de Trabajo.

            Saludos cordiales,
            Unidad de Relaciones Internacionales
            """),
        lang="es",
        tz=-4,
        atts=[pdf("Contribucion_DP_Bolivia.pdf", "es", doc("es", "dpbol", 5))],
        submitter=(NHRI, "Defensoría del Pueblo del Estado Plurinacional de Bolivia", "BOL"),
        trap="NHRI (Bolivia), nothing on publication",
    )
    add(
        slug="nhri-uruguay-inddhh",
        frm=("INDDHH Uruguay", "secretaria@inddhh.gub.uy"),
        subject="Aporte de la INDDHH",
        body=T("""
            Estimados/as:

            La Institución Nacional de Derechos Humanos y Defensoría del Pueblo del Uruguay
            remite su aporte. Solicitamos que el anexo con los casos individuales sea tratado
            como confidencial; el resto del documento puede publicarse.

            Saludos,
            INDDHH
            """),
        lang="es",
        tz=-3,
        atts=[
            pdf("Aporte_INDDHH.pdf", "es", doc("es", "inddhh", 5), title=TITLE["es"]),
            pdf("Anexo_casos_individuales.pdf", "es", doc("es", "inddhh-anexo", 2)),
        ],
        conf="confidential",
        flags=["partial_confidential"],
        submitter=(
            NHRI,
            "Institución Nacional de Derechos Humanos y Defensoría del Pueblo",
            "URY",
        ),
        trap="NHRI partial request (annex of individual cases)",
    )
    add(
        slug="nhri-niger-cndh",
        frm=("CNDH Niger", "cndh.niger@gmail.com"),
        subject="Contribution de la CNDH du Niger",
        body=T("""
            Madame, Monsieur,

            La Commission nationale des droits humains du Niger vous transmet sa contribution
            relative aux sociétés de sécurité privées et à la gestion des frontières. Elle peut
            être publiée.

            Le Président de la CNDH
            """),
        lang="fr",
        tz=1,
        atts=[pdf("Contribution_CNDH_Niger.pdf", "fr", doc("fr", "cndhne", 5), title=TITLE["fr"])],
        conf="publish",
        submitter=(NHRI, "Commission nationale des droits humains du Niger", "NER"),
        trap="NHRI writing from gmail",
    )
    add(
        slug="nhri-canada-ccdp",
        frm=("Commission canadienne des droits de la personne", "international@chrc-ccdp.gc.ca"),
        subject="Contribution de la Commission canadienne des droits de la personne",
        body=T("""
            Madame, Monsieur,

            Veuillez trouver ci-joint la contribution de la Commission canadienne des droits de
            la personne concernant la détention liée à l'immigration.

            Cordialement,
            Commission canadienne des droits de la personne, Ottawa
            """),
        lang="fr",
        tz=-5,
        atts=[pdf("Contribution_CCDP.pdf", "fr", doc("fr", "ccdp", 6), title=TITLE["fr"])],
        submitter=(NHRI, "Commission canadienne des droits de la personne", "CAN"),
        trap="NHRI (Canada) in French on a .gc.ca domain",
    )
    add(
        slug="ngo-fr-ade-geneve",
        frm=("Association pour les droits des étrangers", "info@ade-geneve.ch"),
        subject="Contribution ADE Genève",
        body=T("""
            Madame, Monsieur,

            L'Association pour les droits des étrangers vous adresse sa contribution sur le
            rôle des agents de sécurité privés dans les centres fédéraux d'asile. Nous
            consentons à sa publication.

            Meilleures salutations,
            ADE Genève
            """),
        lang="fr",
        tz=1,
        atts=[pdf("ADE_contribution.pdf", "fr", doc("fr", "ade", 6), title=TITLE["fr"])],
        conf="publish",
        submitter=(CS, "Association pour les droits des étrangers", None),
        trap="'Nous consentons à sa publication'",
    )
    add(
        slug="ngo-fr-reseau-euro-africain",
        frm=("Réseau Euro-Africain Migrations", "coordination@rea-migrations.org"),
        subject="Contribution du Réseau Euro-Africain Migrations",
        body=T("""
            Bonjour,

            Notre réseau vous transmet sa contribution, qui porte sur l'externalisation des
            contrôles migratoires et le recours à des entreprises privées au Sahel et au
            Maghreb. Vous pouvez la diffuser.

            La coordination du REAM
            """),
        lang="fr",
        tz=1,
        atts=[pdf("REAM_contribution.pdf", "fr", doc("fr", "ream", 6))],
        conf="publish",
        submitter=(CS, "Réseau Euro-Africain Migrations", None),
        trap="'Vous pouvez la diffuser': publish",
    )
    add(
        slug="ind-fr-body-kouassi",
        frm=("Jean-Baptiste Kouassi", "jbkouassi@yahoo.fr"),
        subject="Ma contribution",
        body=T("""
            Bonjour,

            Ancien agent de sécurité dans une société privée, je souhaite partager mon
            expérience.

            """)
        + "\n\n".join(pick("fr", 3, "kouassi"))
        + "\n\nJean-Baptiste Kouassi\n",
        lang="fr",
        tz=0,
        submitter=(IND, "Jean-Baptiste Kouassi", None),
        trap="individual French body-only submission",
    )
