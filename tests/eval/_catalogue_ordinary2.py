# ruff: noqa: E501
"""Phase 5: a second set of ordinary messages, each written by hand from greeting to signature.

Written apart from the detectors and from the other phases: NGOs, universities, States,
national human rights institutions, international organizations, companies, individuals and
others, in English, French and Spanish. Most send a document (PDF, DOCX, a few ODT) whose
title page names them; most say nothing about publication, some consent, a few refuse or ask
not to be named, and three messages are not submissions. Numbered after every other message
(see make_eval.py), so that adding them changes no earlier file.
"""

from __future__ import annotations

from typing import Any

from _build import (
    AC,
    CS,
    IND,
    IO,
    MS,
    NHRI,
    OTH,
    PS,
    TITLE,
    Att,
    Spec,
    T,
    docx_file,
    odt_file,
    pdf,
)

PHASE = 5
_SPECS: list[tuple[int, Spec]] = []

DISCLAIMER_EN = T("""
    ----
    This email and any attachments are confidential and intended solely for the use of the
    individual or entity to whom they are addressed. If you have received this email in
    error, please notify the sender and delete it.
    """)
DISCLAIMER_ES = T("""
    ----
    AVISO: Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a
    su destinatario. Si usted lo ha recibido por error, le rogamos que lo comunique al
    remitente y lo elimine.
    """)


def doc(filename: str, lang: str, paragraphs: list[str], *, title: str | None = None) -> Att:
    """The document, by the file's extension; its first paragraph names the sender."""
    title = title or TITLE[lang]
    if filename.endswith(".pdf"):
        return pdf(filename, lang, paragraphs, title=title)
    if filename.endswith(".docx"):
        return docx_file(filename, lang, paragraphs, title=title)
    return odt_file(filename, [title, *paragraphs])


def names(full: str, acr: str | None = None) -> tuple[str, ...]:
    return (f"{full} ({acr})", full) if acr else (full,)


def spec(prefix: str, slug: str, *args: Any, **kwargs: Any) -> Spec:
    """One ordinary message, its slug under `prefix` ("ord2", "ord3"): see `_spec`."""
    return _spec(f"{prefix}-{slug}", *args, **kwargs)


def _spec(
    slug: str,
    frm: tuple[str, str],
    subject: str,
    body: str,
    lang: str,
    submitter: tuple[str | None, str | None, str | None],
    *,
    acr: str | None = None,
    alt: tuple[str, ...] = (),
    conf: str = "unspecified",
    flags: tuple[str, ...] = (),
    atts: tuple[Att, ...] = (),
    tz: int = 0,
    kind: str = "submission",
    headers: tuple[tuple[str, str], ...] = (),
    trap: str = "",
) -> Spec:
    name = submitter[1]
    forms = (*names(name, acr), *alt) if name else ()
    return Spec(
        slug=slug,
        frm=frm,
        subject=subject,
        body=body,
        lang=lang,
        kind=kind,
        conf=conf,
        flags=list(flags),
        submitter=submitter,
        names=forms,
        atts=list(atts),
        tz=tz,
        headers=list(headers),
        trap=trap or "ordinary message",
    )


def add(slug: str, *args: Any, **kwargs: Any) -> None:
    _SPECS.append((PHASE, spec("ord2", slug, *args, **kwargs)))


def catalogue_ordinary2() -> list[tuple[int, Spec]]:
    _SPECS.clear()
    english()
    french()
    spanish()
    return list(_SPECS)


# ====================================================================== English


def english() -> None:
    english_ngos()
    english_academics()
    english_states()
    english_others()


def english_ngos() -> None:
    add(
        "civil-en-dvp",
        ("Priya Raman", "priya.raman@detainedvoices.example.org"),
        "Submission - Detained Voices Project",
        T("""
            Dear colleagues,

            Please find attached the submission of the Detained Voices Project to the call for
            inputs on private military and security companies in immigration and border
            management. It draws on interviews we carried out in 2019 with people held in
            privately run removal centres.

            Best wishes,
            Priya Raman
            Research Coordinator, Detained Voices Project
            """),
        "en",
        (CS, "Detained Voices Project", None),
        acr="DVP",
        tz=0,
        atts=(
            doc(
                "DVP_submission_WG_mercenaries_2020.pdf",
                "en",
                [
                    "Submitted by the Detained Voices Project (DVP), London, March 2020.",
                    "Between April and November 2019 the Detained Voices Project interviewed 41 men and women held in three immigration removal centres operated under contract by private security firms. Almost all described guards who had received little or no training in de-escalation, and several reported that requests to see a doctor were filtered by custody staff rather than by health professionals.",
                    "The contracts we obtained through freedom of information requests set staffing levels that are regularly missed. Penalties for understaffing are modest and are rarely applied, which gives operators little reason to recruit and retain experienced officers.",
                    "We recommend that States make independent monitoring of privately run centres a condition of every contract, publish the performance reports they receive, and ensure that complaints against contractor staff can be brought before a body independent of both the company and the immigration authority.",
                ],
            ),
        ),
    )
    add(
        "civil-en-osrn",
        ("Open Sea Rescue Network", "contact@opensearescue.example.net"),
        "OSRN input to the Working Group call for inputs",
        T("""
            Dear Madam, dear Sir,

            The Open Sea Rescue Network is pleased to share its contribution on the role of
            private vessels and security contractors in search and rescue operations in the
            central Mediterranean. We are happy for the document to be published on the
            Working Group's webpage.

            Kind regards,
            On behalf of the OSRN coordination team
            Lukas Brenner
            """),
        "en",
        (CS, "Open Sea Rescue Network", None),
        acr="OSRN",
        conf="publish",
        tz=1,
        atts=(
            doc(
                "OSRN contribution PMSC sea rescue.docx",
                "en",
                [
                    "Contribution of the Open Sea Rescue Network (OSRN)",
                    "Since 2017 our crews have repeatedly observed private vessels, some chartered by State authorities and some carrying armed private guards, present at or near rescue operations. On at least four occasions in 2019 such vessels approached boats in distress without offering assistance and instead relayed positions to coastguards that later carried out returns.",
                    "Masters of commercial and private vessels are bound by the duty to render assistance at sea. Where a State contracts a private operator for patrol or surveillance tasks, that duty, and the State's own obligations of non-refoulement, do not disappear because the task has been outsourced.",
                    "OSRN asks the Working Group to recommend that charters and service contracts for maritime border tasks expressly include search and rescue obligations, logbook retention and access for independent investigators.",
                ],
            ),
        ),
    )
    add(
        "civil-en-trs",
        ("Eleni Markou", "e.markou@thessalyrefugees.example.org"),
        "Input - private security in reception facilities (Greece)",
        T("""
            Dear Secretariat,

            Attached you will find a short input by Thessaly Refugee Support on private
            security staff in reception and identification facilities on the Greek mainland.

            We remain available for any further information.

            Regards,
            Eleni Markou
            Legal Officer
            Thessaly Refugee Support
            Larissa, Greece
            """),
        "en",
        (CS, "Thessaly Refugee Support", None),
        tz=2,
        atts=(
            doc(
                "TRS_input_March2020.pdf",
                "en",
                [
                    "Input by Thessaly Refugee Support, Larissa, Greece",
                    "Several mainland camps rely on private security companies for gate control, night patrols and the distribution of food. Residents who spoke to our lawyers said that guards decided who could leave the camp for medical appointments, and that there was no written procedure for these decisions.",
                    "Complaints about rough treatment by guards are usually passed to the company itself. In our experience they are rarely answered, and residents fear that complaining will affect their asylum case.",
                    "We suggest that reception authorities keep decisions on freedom of movement and access to services in the hands of public officials and that an external complaints channel be made available in the languages spoken in the camps.",
                ],
            ),
        ),
    )
    add(
        "civil-en-mdf",
        ("Migrant Dignity Forum", "info@migrantdignity.example.org"),
        "Migrant Dignity Forum - submission to WG on mercenaries",
        T("""
            Hello,

            Please see attached the submission of the Migrant Dignity Forum in response to the
            call for inputs. The submission focuses on deportation escorts on charter flights.

            Thank you,
            MDF secretariat
            """),
        "en",
        (CS, "Migrant Dignity Forum", None),
        acr="MDF",
        tz=0,
        atts=(
            doc(
                "MDF_submission_deportation_escorts.pdf",
                "en",
                [
                    "Migrant Dignity Forum (MDF) - Submission on deportation escorts",
                    "Charter removal flights are frequently staffed by escorts employed by private contractors. The people we support described being woken at night, restrained with waist belts for the whole flight and denied access to the toilet without an escort present.",
                    "Independent monitors are present on only a minority of flights. Where monitoring reports exist they are often published months later, if at all, and do not name the contractor responsible.",
                    "MDF calls for a ban on the use of restraints as a routine measure, body-worn cameras on every escort, and a public register of the companies holding escort contracts.",
                ],
            ),
        ),
    )
    add(
        "civil-en-bag",
        ("Tomás Herrera", "tomas@borderlandsaccountability.example.com"),
        "Borderlands Accountability Group: contribution",
        T("""
            Dear members of the Working Group,

            I am writing on behalf of the Borderlands Accountability Group to submit the
            attached paper on private contractors at the US-Mexico border, in particular in
            the transport of apprehended migrants.

            With best regards,
            Tomás Herrera
            Program Director
            Borderlands Accountability Group
            Tucson, Arizona
            """),
        "en",
        (CS, "Borderlands Accountability Group", None),
        tz=-7,
        atts=(
            doc(
                "Borderlands Accountability Group - WG submission.docx",
                "en",
                [
                    "Paper submitted by the Borderlands Accountability Group, Tucson, Arizona",
                    "Private transport contractors move thousands of apprehended migrants each month between border stations, processing centres and detention facilities. Families have told us of children separated from parents during these transfers without any written record of where each was taken.",
                    "Transport contracts set performance measures on cost and timeliness but contain few requirements on the treatment of passengers, on medical needs or on the keeping of records that would allow families to be reunited.",
                    "We recommend that contracts require complete custody records for each person transported, that those records be shared with the person and their lawyer, and that contractors be subject to the same oversight as federal officers.",
                ],
            ),
        ),
    )
    add(
        "civil-en-ncv",
        ("Ruth Allen", "ruth.allen1962@gmail.com"),
        "Our input for the call on private security and borders",
        T("""
            Dear Sir or Madam,

            I coordinate Northern Coast Volunteers, a small group that has supported people
            camping near the ferry ports in northern France for the last four years. We do not
            have a formal paper, so I am writing our observations here.

            Most of the evictions we have witnessed were carried out with the help of private
            security guards hired to clear land and guard fences. Tents, sleeping bags and
            phones were taken and thrown away by these guards, often in the early morning
            and in cold weather. Nobody we spoke to was given a receipt or told where their
            belongings had gone. When we asked the guards who employed them, they would not
            say.

            We believe that any company hired for this kind of work should be identified,
            that its staff should wear visible numbers, and that seized belongings should be
            stored and returned.

            You are welcome to publish this message on your website.

            Ruth Allen
            Northern Coast Volunteers
            """),
        "en",
        (CS, "Northern Coast Volunteers", None),
        conf="publish",
        tz=0,
    )
    add(
        "civil-en-aemp",
        ("Joanna Pike", "j.pike@escortmonitoring.example.org"),
        "Submission (confidential) - Asylum Escort Monitoring Project",
        T("""
            Dear Secretariat,

            Please find attached a submission from the Asylum Escort Monitoring Project. It
            contains detailed accounts from people removed in 2019 and from two former escort
            staff. We ask that the submission is treated as confidential and is not posted
            on the website; it is intended for the Working Group's information only.

            Many thanks,
            Joanna Pike
            Asylum Escort Monitoring Project
            """),
        "en",
        (CS, "Asylum Escort Monitoring Project", None),
        acr="AEMP",
        conf="confidential",
        tz=0,
        atts=(
            doc(
                "AEMP_submission_WG.pdf",
                "en",
                [
                    "Asylum Escort Monitoring Project (AEMP) - Submission to the Working Group on the use of mercenaries",
                    "Our project follows removals carried out by private escort companies. In 2019 we documented eleven cases in which people were physically restrained in ways that caused injury, including the use of pressure on the neck in vehicles on the way to the airport.",
                    "Two former escort officers told us that they received two weeks of training before their first removal, and that refresher training was regularly postponed because of staff shortages.",
                    "We recommend that the use of force during removals be recorded and reviewed in every case, and that the training curriculum for escort staff be approved and audited by a public body.",
                ],
            ),
        ),
    )
    add(
        "civil-en-hcw",
        ("Humanitarian Corridors Watch", "office@hcwatch.example.org"),
        "HCW submission + annex",
        T("""
            Dear colleagues,

            Humanitarian Corridors Watch submits the attached paper to the Working Group's call
            for inputs, together with an annex listing the contracts we have been able to
            identify in the Western Balkans.

            Yours sincerely,
            Marko Petrović
            on behalf of Humanitarian Corridors Watch
            """),
        "en",
        (CS, "Humanitarian Corridors Watch", None),
        acr="HCW",
        tz=1,
        atts=(
            doc(
                "HCW_PMSC_Balkans_submission.pdf",
                "en",
                [
                    "Submission of Humanitarian Corridors Watch (HCW), Belgrade",
                    "Along the Western Balkans route, private security firms guard transit centres, escort groups between facilities and, in some places, patrol areas close to the border. People on the move report pushbacks in which uniformed men who did not belong to the police took part.",
                    "The absence of clear identification makes it very difficult to establish who is responsible. Victims cannot tell whether they faced police officers, private guards or members of informal groups.",
                    "We ask that States require all private staff working near borders to wear visible identification and that they publish the contracts under which such staff are deployed.",
                ],
            ),
            doc(
                "HCW_annex_contracts.pdf",
                "en",
                [
                    "Annex - Contracts identified by Humanitarian Corridors Watch",
                    "The annex lists nineteen public procurement notices published between 2016 and 2019 for security services at transit and reception centres, with the awarding authority, the company, the value and the length of each contract, as published in the national procurement portals.",
                ],
                title="Annex: contracts for security services at transit centres, 2016-2019",
            ),
        ),
    )
    add(
        "civil-en-capd",
        ("Grace Mbeki", "grace.mbeki@endprivatedetention.example.org"),
        "CAPD submission to the WG on the use of mercenaries",
        T("""
            Dear Working Group secretariat,

            On behalf of the Coalition against Private Detention (CAPD), I attach our
            submission. We have no objection to it being made public on the OHCHR website.

            Kind regards,
            Grace Mbeki
            Campaigns Lead, CAPD
            """),
        "en",
        (CS, "Coalition against Private Detention", None),
        acr="CAPD",
        conf="publish",
        tz=2,
        atts=(
            doc(
                "CAPD submission.docx",
                "en",
                [
                    "Coalition against Private Detention (CAPD) - joint position of its member organizations",
                    "Our coalition brings together organizations from eleven countries where immigration detention is partly or wholly run by private companies. Across these countries we see the same pattern: payment per detainee per night, which rewards longer detention, and confidentiality clauses which keep contract terms from the public.",
                    "The profit motive shapes daily life in detention. Food budgets, activities and health staff are the first costs to be cut, while isolation and transfers are used to manage people who complain.",
                    "CAPD calls on States to end the use of private companies for immigration detention and, until then, to publish all contracts and make payment independent of the number of people held.",
                ],
            ),
        ),
    )
    add(
        "civil-en-bbsg",
        ("Nurul Amin", "nurul.amin@bayofbengalsupport.example.org"),
        "Submission: maritime security contractors and boat arrivals in the Bay of Bengal",
        T("""
            Dear Sir/Madam,

            Greetings from the Bay of Bengal Boat People Support Group. Please accept the
            attached submission for the Working Group's report on private military and
            security companies in border management.

            Sincerely,
            Nurul Amin
            Coordinator
            """),
        "en",
        (CS, "Bay of Bengal Boat People Support Group", None),
        tz=6,
        atts=(
            doc(
                "BBBPSG-submission.pdf",
                "en",
                [
                    "Bay of Bengal Boat People Support Group - submission, March 2020",
                    "Boats carrying refugees across the Bay of Bengal and the Andaman Sea have in recent years been intercepted by vessels whose crews were not clearly identified as navy or coastguard. Survivors described being towed back out to sea and left with little water.",
                    "Some coastal patrol tasks and the guarding of landing sites have been given to private security firms, and it is not always clear under which authority they act or to whom they report.",
                    "We urge States in the region to disclose any use of private contractors in maritime patrols and to guarantee that people rescued at sea are brought to a place of safety and allowed to seek asylum.",
                ],
            ),
        ),
    )
    add(
        "civil-en-ilo-anon",
        ("Island Legal Observers", "islandlegalobservers@protonmail.com"),
        "Submission to the call for inputs - please do not name our organisation",
        T("""
            Dear Secretariat,

            Attached is our submission on private security guards in the island hotspots. You
            may publish the document, but we kindly ask you not to mention the name of our
            group when doing so, as our volunteers continue to work on the islands and have
            faced threats. Please list it as an anonymous submission.

            Thank you for your understanding,
            Island Legal Observers
            """),
        "en",
        (CS, "Island Legal Observers", None),
        conf="publish",
        flags=("anonymous",),
        tz=2,
        atts=(
            doc(
                "submission_hotspots.pdf",
                "en",
                [
                    "Submission by Island Legal Observers on private security in the island hotspots",
                    "In the hotspots on the Aegean islands, private guards control the entrances, the queues for food and the areas where asylum interviews take place. Our observers witnessed guards using batons to push back crowds during food distribution in December 2019.",
                    "Unaccompanied children were held for weeks in so-called safe zones guarded by private staff who had not received child-protection training.",
                    "We recommend that guarding tasks in areas hosting children be entrusted only to staff trained in child protection and vetted, and that incidents involving the use of force be reported to an independent body.",
                ],
            ),
        ),
    )
    add(
        "civil-en-dbrl",
        ("Digital Borders Rights Lab", "hello@digitalbordersrights.example.net"),
        "Submission on border surveillance technology and private contractors",
        T("""
            Dear Working Group,

            Please find our submission attached. It looks at the private companies that build
            and operate surveillance systems at external borders: drones, thermal cameras,
            automated watchtowers and biometric databases.

            Best,
            Anika Sørensen
            Digital Borders Rights Lab
            """),
        "en",
        (CS, "Digital Borders Rights Lab", None),
        acr="DBRL",
        tz=1,
        atts=(
            doc(
                "DBRL_WG_submission_surveillance.pdf",
                "en",
                [
                    "Digital Borders Rights Lab (DBRL), Copenhagen - Submission",
                    "Surveillance at external borders is increasingly designed, built and maintained by private companies, some of which also serve the defence sector. Contracts often give the company a role in operating the systems, analysing data and even alerting authorities to movements.",
                    "People detected by these systems have no way of knowing what data was collected about them, by whom, and how long it is stored. Impact assessments on privacy and on the right to seek asylum are rarely carried out before the systems are deployed.",
                    "We recommend mandatory human rights impact assessments before procurement, public registers of surveillance systems in use at borders, and limits on data sharing between contractors and third countries.",
                ],
            ),
        ),
    )
    add(
        "civil-en-fan",
        ("Sarah Whitfield", "sarah@familiesapart.example.org"),
        "Families Apart Network - input",
        T("""
            Dear Secretariat of the Working Group,

            Families Apart Network supports families separated by immigration detention and
            removal. Attached is our short input on the role of private security companies in
            the family visits and transfers we deal with every week. We apologise that it is
            in OpenDocument format, which is what our volunteers use.

            Warm regards,
            Sarah Whitfield
            Families Apart Network
            """),
        "en",
        (CS, "Families Apart Network", None),
        tz=0,
        flags=("format_not_accepted",),
        atts=(
            doc(
                "FAN_input.odt",
                "en",
                [
                    "Input from Families Apart Network",
                    "Visits to relatives held in privately run centres are regularly cancelled at short notice, often because the contractor does not have enough staff on duty. Children travel long distances only to be turned away at the gate.",
                    "Transfers between centres happen without warning, and families learn of them only when the detained person manages to call. Contractors say they are following instructions from the authorities, and the authorities refer families back to the contractors.",
                    "We ask that the rights of family members be written into contracts and that transfers be notified to families and lawyers in advance.",
                ],
            ),
        ),
    )
    add(
        "civil-en-wcba",
        ("Women Crossing Borders Alliance", "secretariat@womencrossing.example.org"),
        "WCBA submission - gender and private security at borders",
        T("""
            Dear colleagues at OHCHR,

            The Women Crossing Borders Alliance (WCBA) respectfully submits the attached
            document. We consent to its publication.

            In solidarity,
            Fatima Zahra Idrissi
            Chair, WCBA
            """),
        "en",
        (CS, "Women Crossing Borders Alliance", None),
        acr="WCBA",
        conf="publish",
        tz=0,
        atts=(
            doc(
                "WCBA_submission_gender_PMSC.pdf",
                "en",
                [
                    "Women Crossing Borders Alliance (WCBA) - Submission on gender and private security in border management",
                    "Women and girls in transit and detention are searched, guarded and escorted by private staff, often men, in facilities with little privacy. Our member organizations have collected accounts of sexual harassment and of searches carried out by male guards.",
                    "Sanitary products, access to female health staff and separate sleeping areas are often treated as extras rather than as obligations in contracts.",
                    "WCBA recommends that contracts set minimum numbers of female staff on every shift, that body searches be carried out only by staff of the same sex, and that survivors of abuse by contractor staff have access to remedies independent of the company.",
                ],
            ),
        ),
    )


def english_academics() -> None:
    add(
        "acade-en-cbg",
        ("Helen Carstairs", "h.carstairs@ashcombe.example.ac.uk"),
        "Submission from the Centre for Border Governance, University of Ashcombe",
        T("""
            Dear Working Group members,

            I am pleased to send, on behalf of the Centre for Border Governance at the
            University of Ashcombe, the attached submission to your call for inputs. It
            summarises our research on outsourcing in UK immigration enforcement.

            Yours faithfully,
            Professor Helen Carstairs
            Director, Centre for Border Governance
            University of Ashcombe
            """),
        "en",
        (AC, "Centre for Border Governance, University of Ashcombe", None),
        alt=("Centre for Border Governance",),
        tz=0,
        atts=(
            doc(
                "CBG_Ashcombe_submission.pdf",
                "en",
                [
                    "Centre for Border Governance, University of Ashcombe - Submission to the Working Group on the use of mercenaries",
                    "Over the past two decades the UK has outsourced detention, escorts, reporting centres and parts of visa processing to private companies. Our research shows that accountability has not kept pace: inspections are announced, penalties are negotiated, and contracts are renewed despite repeated findings of poor treatment.",
                    "Outsourcing also fragments responsibility. When a detained person is injured during a transfer, the Home Office, the escort company and the detention operator may each point to the others.",
                    "We recommend a single statutory duty of care owed by the State to every person in immigration custody, regardless of which company holds them, and the extension of freedom of information law to contractors performing public functions.",
                ],
            ),
        ),
    )
    add(
        "acade-en-mlc",
        ("Migration Law Clinic", "migrationclinic@hollinsbay.example.edu"),
        "Hollins Bay Migration Law Clinic - submission",
        T("""
            To the Secretariat of the Working Group on the use of mercenaries,

            Students and supervisors of the Migration Law Clinic at Hollins Bay University
            prepared the attached submission on private detention contractors. The
            submission may be published on the OHCHR website.

            Regards,
            Dr. Nathan Cole
            Supervising Attorney, Migration Law Clinic
            Hollins Bay University School of Law
            """),
        "en",
        (AC, "Migration Law Clinic, Hollins Bay University", None),
        alt=("Migration Law Clinic",),
        conf="publish",
        tz=-5,
        atts=(
            doc(
                "Hollins Bay MLC submission.docx",
                "en",
                [
                    "Submission of the Migration Law Clinic, Hollins Bay University School of Law",
                    "The majority of people in civil immigration detention in the United States are held in facilities operated by private companies. Our clients have described medical neglect, long periods of segregation and pressure to work for very low wages in the facility.",
                    "Courts have been divided on whether private operators can be held liable under the same standards as public officials. This leaves many detained people without an effective remedy.",
                    "We recommend that the Working Group call on States to ensure that contractors exercising detention powers are subject to the full range of constitutional and human rights obligations that bind public authorities.",
                ],
            ),
        ),
    )
    add(
        "acade-en-imss",
        ("Kenji Watanabe", "k.watanabe@carrow.example.ac.jp"),
        "Input on maritime private security and migration",
        T("""
            Dear Sir or Madam,

            Please find attached a short contribution from the Institute for Maritime
            Security Studies, Carrow University, on the use of private maritime security
            companies in the control of irregular migration at sea.

            Sincerely yours,
            Kenji Watanabe
            Associate Professor
            Institute for Maritime Security Studies, Carrow University
            """),
        "en",
        (AC, "Institute for Maritime Security Studies, Carrow University", None),
        alt=("Institute for Maritime Security Studies",),
        tz=9,
        atts=(
            doc(
                "IMSS_Carrow_contribution.pdf",
                "en",
                [
                    "Institute for Maritime Security Studies, Carrow University - Contribution",
                    "Private maritime security companies grew rapidly in response to piracy off the Horn of Africa. Some of the same companies now offer services to States for the monitoring and interception of migrant boats, using vessels, aircraft and armed guards.",
                    "The regulatory framework developed for anti-piracy work, largely based on flag State rules and industry standards, was not designed for operations involving people seeking protection. It says little about the disembarkation of rescued persons or about the prohibition of refoulement.",
                    "We suggest that the Working Group examine whether the Montreux Document and the International Code of Conduct should be complemented by specific guidance on maritime migration operations.",
                ],
            ),
        ),
    )
    add(
        "acade-en-rnob",
        ("Research Network on Outsourced Borders", "rnob.network@gmail.com"),
        "RNOB - contribution to the call for inputs",
        T("""
            Dear colleagues,

            The Research Network on Outsourced Borders, an informal network of researchers at
            several European and African universities, sends the attached contribution to the
            Working Group's forthcoming report.

            With kind regards,
            Aminata Sow and Jonas Keller
            Co-convenors, RNOB
            """),
        "en",
        (AC, "Research Network on Outsourced Borders", None),
        acr="RNOB",
        tz=1,
        atts=(
            doc(
                "RNOB_contribution_2020.pdf",
                "en",
                [
                    "Research Network on Outsourced Borders (RNOB) - Contribution",
                    "Border control is now partly performed far from the border itself: by airline staff, by private visa processing centres and by security firms hired in countries of transit with funding from destination States. Our members have studied these arrangements in Niger, Libya, Morocco and Turkey.",
                    "Private actors performing these tasks are often beyond the reach of courts in the funding State and weakly supervised in the host State. People affected do not know whom to address.",
                    "We recommend that funding States assess the human rights risks of the private services they finance abroad and make funding conditional on independent monitoring.",
                ],
            ),
        ),
    )
    add(
        "acade-en-hrp",
        ("Olivia Brandt", "obrandt@stellwood.example.edu"),
        "Stellwood Human Rights Programme submission",
        T("""
            Dear Secretariat,

            On behalf of the Human Rights Programme at Stellwood School of Law, I attach our
            submission on visa processing outsourced to private companies.

            Best regards,
            Olivia Brandt
            Fellow, Human Rights Programme
            Stellwood School of Law
            """),
        "en",
        (AC, "Human Rights Programme, Stellwood School of Law", None),
        alt=("Human Rights Programme",),
        tz=-4,
        atts=(
            doc(
                "Stellwood_HRP_visa_outsourcing.pdf",
                "en",
                [
                    "Human Rights Programme, Stellwood School of Law - Submission on outsourced visa processing",
                    "Many States now require visa applicants to apply through private service providers. These companies collect fingerprints and documents, charge service fees and sell optional premium services.",
                    "The fees and the distances to application centres can make legal routes inaccessible to the poorest applicants, including refugees seeking family reunification. Applicants have little recourse when documents are lost or data is mishandled.",
                    "States should cap service fees, ensure free access for persons seeking family reunification on protection grounds and retain full responsibility for the protection of applicants' personal data.",
                ],
            ),
        ),
    )
    add(
        "acade-en-ssg",
        ("Surveillance Studies Group", "ssg@greyhaven.example.ac.uk"),
        "Surveillance Studies Group (Greyhaven) - input",
        T("""
            Dear Working Group on the use of mercenaries,

            Attached please find our input on biometric and surveillance technology supplied
            by private contractors at borders. We would be glad for it to appear on the
            submissions page of the call.

            Kind regards,
            Dr. Ifeoma Chukwu
            for the Surveillance Studies Group, University of Greyhaven
            """),
        "en",
        (AC, "Surveillance Studies Group, University of Greyhaven", None),
        alt=("Surveillance Studies Group",),
        conf="publish",
        tz=0,
        atts=(
            doc(
                "SSG_Greyhaven_input.docx",
                "en",
                [
                    "Input of the Surveillance Studies Group, University of Greyhaven",
                    "Biometric systems at borders are supplied and often operated by a small number of private companies. Error rates are higher for some groups, which means that people of certain origins are more likely to be wrongly flagged and questioned.",
                    "Contracts treat algorithms and data models as trade secrets, so neither the public nor affected individuals can examine how decisions are reached.",
                    "We recommend independent testing of biometric systems for bias before deployment, the right of affected people to an explanation, and the publication of accuracy figures by nationality and sex.",
                ],
            ),
        ),
    )


def english_states() -> None:
    add(
        "state-en-prt",
        ("Missão Permanente de Portugal", "mission.geneva@mne-portugal.example"),
        "Note verbale - Portugal - call for inputs PMSCs",
        T("""
            Dear Sir/Madam,

            Please find attached a note verbale from the Permanent Mission of Portugal
            concerning the call for inputs of the Working Group on the use of mercenaries.

            Best regards,
            Permanent Mission of Portugal to the United Nations Office at Geneva
            """),
        "en",
        (MS, "Portugal", "PRT"),
        alt=("Portuguese Republic",),
        tz=1,
        atts=(
            doc(
                "NV_Portugal_WG_mercenaries.pdf",
                "en",
                [
                    "Permanent Mission of Portugal to the United Nations Office and other international organizations at Geneva - Note verbale",
                    "The Permanent Mission of Portugal presents its compliments to the Office of the United Nations High Commissioner for Human Rights and, in reply to the call for inputs of the Working Group on the use of mercenaries, has the honour to inform that the Portuguese border and immigration authorities do not entrust private security companies with the detention or removal of foreign nationals.",
                    "Private security companies licensed under national law may provide guarding services at airports and ports, under the supervision of the competent public authorities, and their staff are subject to training and vetting requirements. Temporary installation centres are managed by public officials.",
                    "The Permanent Mission of Portugal avails itself of this opportunity to renew to the Office of the High Commissioner the assurances of its highest consideration.",
                ],
            ),
        ),
    )
    add(
        "state-en-nor",
        ("Norwegian Mission Geneva", "delgen@mfa-norway.example"),
        "Norway - input to WG on mercenaries call for inputs",
        T("""
            Dear colleagues,

            Attached is Norway's input to the Working Group's report on private military and
            security companies in immigration and border management. Norway has no objection
            to the input being published.

            Best regards,
            Ingrid Haugland
            Counsellor
            Permanent Mission of Norway, Geneva
            """),
        "en",
        (MS, "Norway", "NOR"),
        alt=("Kingdom of Norway",),
        conf="publish",
        tz=1,
        atts=(
            doc(
                "Norway input WG mercenaries 2020.docx",
                "en",
                [
                    "Input from the Government of Norway",
                    "In Norway, the Police Immigration Service is responsible for the detention and removal of foreign nationals. The Trandum detention centre is operated by the police. Private companies are not used to carry out coercive measures against foreign nationals.",
                    "Reception centres for asylum seekers are run by municipalities, humanitarian organizations and private operators under contract with the Directorate of Immigration. Contracts set requirements on staffing, safety and the rights of residents, and operators are followed up through regular inspections.",
                    "Norway supports the work of the Working Group and underlines the importance of the Montreux Document and the International Code of Conduct for Private Security Service Providers.",
                ],
            ),
        ),
    )
    add(
        "state-en-fin",
        ("Permanent Mission of Finland", "sanomat.gen@formin-finland.example"),
        "Finland: reply to the call for inputs",
        T("""
            Dear Secretariat,

            The Permanent Mission of Finland has the honour to transmit the attached reply of
            the Government of Finland to the call for inputs on private military and security
            companies in immigration and border management.

            Kind regards,
            Permanent Mission of Finland in Geneva
            """),
        "en",
        (MS, "Finland", "FIN"),
        alt=("Republic of Finland",),
        tz=2,
        atts=(
            doc(
                "Finland_reply_WG_mercenaries.pdf",
                "en",
                [
                    "Reply of the Government of Finland to the call for inputs of the Working Group on the use of mercenaries",
                    "Border control in Finland is carried out by the Finnish Border Guard, a public authority. Border control tasks involving the use of force are not delegated to private actors.",
                    "The detention units for foreign nationals at Metsälä and Joutseno are run by public authorities. Private security guards may be contracted at reception centres for guarding tasks defined in the Private Security Services Act, which limits their powers and requires a licence and training.",
                    "The Parliamentary Ombudsman and the Non-Discrimination Ombudsman oversee the treatment of foreign nationals, including in detention.",
                ],
            ),
        ),
    )
    add(
        "state-en-est",
        ("Estonian Mission", "mission.geneva@vm-estonia.example"),
        "Note verbale No 5-2/112 - Estonia",
        T("""
            Dear colleagues,

            Please find attached the note verbale of the Permanent Mission of the Republic of
            Estonia together with its annex, the information provided by the Ministry of the
            Interior.

            With best regards,
            Permanent Mission of the Republic of Estonia to the UN Office at Geneva
            """),
        "en",
        (MS, "Estonia", "EST"),
        alt=("Republic of Estonia",),
        tz=2,
        atts=(
            doc(
                "NV_5-2-112_Estonia.pdf",
                "en",
                [
                    "Permanent Mission of the Republic of Estonia - Note verbale No 5-2/112",
                    "The Permanent Mission of the Republic of Estonia to the United Nations Office and other international organizations in Geneva presents its compliments to the Office of the United Nations High Commissioner for Human Rights and, with reference to the call for inputs of the Working Group on the use of mercenaries, has the honour to transmit herewith the information of the Ministry of the Interior of the Republic of Estonia.",
                    "The Permanent Mission of the Republic of Estonia avails itself of this opportunity to renew to the Office of the High Commissioner the assurances of its highest consideration.",
                ],
            ),
            doc(
                "Annex_Estonia_Ministry_of_the_Interior.pdf",
                "en",
                [
                    "Information of the Ministry of the Interior of the Republic of Estonia",
                    "Surveillance of the external border of Estonia is carried out by the Police and Border Guard Board. Private companies supply and maintain technical equipment, such as cameras and sensors along the eastern border, but do not take decisions concerning persons crossing the border.",
                    "The Harku detention centre is managed by the Police and Border Guard Board. Private security companies may be contracted for the physical guarding of buildings, under the Security Act, which sets requirements for licensing, training and the use of force.",
                    "The Chancellor of Justice monitors places of detention as the national preventive mechanism and regularly visits the detention centre.",
                ],
                title="Annex to Note verbale No 5-2/112",
            ),
        ),
    )
    add(
        "state-en-tha",
        ("Thai Mission Geneva", "thaimission.geneva@mfa-thailand.example"),
        "Thailand's input: call for inputs WG mercenaries",
        T("""
            Dear Sir/Madam,

            With reference to the call for inputs of the Working Group on the use of
            mercenaries, the Permanent Mission of Thailand would like to submit the input of
            the Royal Thai Government, as attached. The Mission would be grateful if the
            input could be posted on the OHCHR website.

            Best regards,
            Permanent Mission of Thailand to the United Nations Office and other
            international organizations in Geneva
            """),
        "en",
        (MS, "Thailand", "THA"),
        alt=("Kingdom of Thailand",),
        conf="publish",
        tz=1,
        atts=(
            doc(
                "Input_Thailand_PMSC_border_management.pdf",
                "en",
                [
                    "Input of the Royal Thai Government to the Working Group on the use of mercenaries",
                    "The Immigration Bureau of the Royal Thai Police is responsible for immigration detention. Thailand does not employ private military or security companies to guard immigration detention centres or to carry out deportations.",
                    "In 2019 the Government signed a Memorandum of Understanding on the Determination of Measures and Approaches Alternative to Detention of Children in Immigration Detention Centres, under which children are no longer to be held in such centres.",
                    "Private security companies may be contracted by airport operators for the screening of passengers and baggage under the supervision of public authorities, in line with international civil aviation standards.",
                ],
            ),
        ),
    )
    add(
        "state-en-jor",
        ("Permanent Mission of Jordan", "jordan.mission@mfa-jordan.example"),
        "Jordan - input to the Working Group (not for publication)",
        T("""
            Dear Sir/Madam,

            The Permanent Mission of the Hashemite Kingdom of Jordan transmits herewith the
            information prepared by the competent national authorities in response to the
            call for inputs. The information is provided for the use of the Working Group in
            the preparation of its report and is not intended for publication.

            Best regards,
            Permanent Mission of the Hashemite Kingdom of Jordan, Geneva
            """),
        "en",
        (MS, "Jordan", "JOR"),
        alt=("Hashemite Kingdom of Jordan",),
        conf="confidential",
        tz=2,
        atts=(
            doc(
                "Jordan_information_WG.pdf",
                "en",
                [
                    "Information from the Hashemite Kingdom of Jordan",
                    "The management of refugee camps in Jordan is carried out by the Syrian Refugee Affairs Directorate in cooperation with UNHCR and humanitarian partners. Security in and around the camps is provided by the Jordanian security services.",
                    "Private security companies licensed by the Ministry of Interior may provide guarding of premises of humanitarian organizations and of commercial facilities, and are not authorized to perform border control functions.",
                    "Jordan continues to host a large number of refugees and calls on the international community to share responsibility for their protection.",
                ],
            ),
        ),
    )


def english_others() -> None:
    add(
        "nhri-en-dimr",
        ("Deutsches Institut für Menschenrechte", "info@institut-fuer-menschenrechte.example"),
        "German Institute for Human Rights - submission to the Working Group",
        T("""
            Dear Sir or Madam,

            The German Institute for Human Rights, Germany's national human rights
            institution, submits the attached contribution to the call for inputs of the
            Working Group on the use of mercenaries. The contribution may be published.

            Kind regards,
            Dr. Katrin Vogel
            Department of Human Rights Policy (Domestic/European)
            German Institute for Human Rights, Berlin
            """),
        "en",
        (NHRI, "German Institute for Human Rights", "DEU"),
        alt=("Deutsches Institut für Menschenrechte",),
        conf="publish",
        tz=1,
        atts=(
            doc(
                "GIHR_submission_WG_mercenaries.pdf",
                "en",
                [
                    "German Institute for Human Rights - National Human Rights Institution of Germany",
                    "In Germany, several initial reception facilities for asylum seekers use private security companies for guarding and access control. Incidents of violence by security staff against residents in some facilities have shown the importance of careful selection, training and supervision of staff.",
                    "The Institute notes that the responsibility of the State for the protection of residents remains in place when private companies are contracted. Protection concepts against violence, independent complaints mechanisms and regular monitoring should be binding in every facility.",
                    "The Institute recommends that the Länder make human rights training, background checks and the presence of independent complaint offices conditions of all contracts for security services in reception facilities.",
                ],
            ),
        ),
    )
    add(
        "nhri-en-nihrc",
        ("Northern Ireland Human Rights Commission", "information@nihrc.example.org"),
        "NIHRC submission: PMSCs in immigration and border management",
        T("""
            Dear Secretariat,

            Please find attached the submission of the Northern Ireland Human Rights
            Commission (NIHRC) to the Working Group's call for inputs.

            Yours sincerely,
            Ciarán Doherty
            Policy Officer, NIHRC, Belfast
            """),
        "en",
        (NHRI, "Northern Ireland Human Rights Commission", "GBR"),
        acr="NIHRC",
        tz=0,
        atts=(
            doc(
                "NIHRC_Submission_WG_Mercenaries_March2020.pdf",
                "en",
                [
                    "Submission of the Northern Ireland Human Rights Commission (NIHRC)",
                    "People detained under immigration powers in Northern Ireland are held at a short-term holding facility near Belfast, run by a private contractor, and those held longer are transferred to detention centres in Scotland or England by private escort companies.",
                    "The Commission is concerned that people are transferred long distances, away from legal representatives and family, and that the conditions of these journeys are not systematically monitored.",
                    "The Commission recommends that the UK Government ensure independent monitoring of all escorts, limit transfers out of the jurisdiction, and publish the contracts governing the holding facility and escorts.",
                ],
            ),
        ),
    )
    add(
        "inter-en-icmpd",
        ("ICMPD Secretariat", "secretariat@icmpd.example.int"),
        "ICMPD contribution - WG on the use of mercenaries",
        T("""
            Dear colleagues,

            The International Centre for Migration Policy Development (ICMPD) thanks the
            Working Group for the opportunity to contribute and encloses a short note on
            private actors in border management capacity-building.

            Best regards,
            Martina Gruber
            Border Management and Security Programme, ICMPD, Vienna
            """),
        "en",
        (IO, "International Centre for Migration Policy Development", None),
        acr="ICMPD",
        tz=1,
        atts=(
            doc(
                "ICMPD_note_WG_mercenaries.pdf",
                "en",
                [
                    "International Centre for Migration Policy Development (ICMPD) - Note to the Working Group",
                    "ICMPD supports border management reforms in partner States, mostly through training, legal advice and the supply of equipment. In procurement for such projects, suppliers of technical equipment are private companies, and some of them also provide maintenance and training.",
                    "ICMPD applies a human rights-based approach to its border management projects, including human rights modules in training for border officials and due diligence in the selection of suppliers.",
                    "ICMPD would welcome guidance from the Working Group on the due diligence expected from international organizations when private companies take part in border management projects that they implement.",
                ],
            ),
        ),
    )
    add(
        "inter-en-easo",
        ("Ana Ruiz", "ana.ruiz@easo.example.europa.eu"),
        "EASO input to the call for inputs",
        T("""
            Dear Sir/Madam,

            Please find attached the input of the European Asylum Support Office (EASO) to the
            call for inputs issued by the Working Group on the use of mercenaries.

            Kind regards,
            Ana Ruiz
            Department of Operations, EASO, Valletta
            """),
        "en",
        (IO, "European Asylum Support Office", None),
        acr="EASO",
        tz=1,
        atts=(
            doc(
                "EASO_input_WG_mercenaries.pdf",
                "en",
                [
                    "European Asylum Support Office (EASO) - Input to the Working Group on the use of mercenaries",
                    "EASO provides operational support to EU Member States under pressure, including through interim staff recruited through private employment agencies who assist with registration and information provision in reception and hotspot facilities.",
                    "All personnel deployed in EASO operations, whatever their contractual status, are bound by the EASO Code of Conduct and receive training on fundamental rights, vulnerability and child protection before deployment.",
                    "EASO does not contract private security companies to carry out tasks involving the use of force. Security at the facilities where EASO operates is the responsibility of the host Member State.",
                ],
            ),
        ),
    )
    add(
        "priva-en-bcs",
        ("Brightline Custody Solutions", "compliance@brightlinecustody.example.com"),
        "Brightline Custody Solutions - response to the call for inputs",
        T("""
            Dear Working Group Secretariat,

            Brightline Custody Solutions Ltd welcomes the opportunity to respond to the call
            for inputs. Our response, attached, describes the standards we apply in the
            immigration contracts we hold.

            Yours faithfully,
            Graham Fletcher
            Head of Compliance and Ethics
            Brightline Custody Solutions Ltd

            """)
        + DISCLAIMER_EN,
        "en",
        (PS, "Brightline Custody Solutions Ltd", None),
        alt=("Brightline Custody Solutions",),
        flags=("disclaimer",),
        tz=0,
        atts=(
            doc(
                "Brightline_response_WG_call.pdf",
                "en",
                [
                    "Response of Brightline Custody Solutions Ltd",
                    "Brightline Custody Solutions provides custody and escort services under contracts with public authorities in two countries. We are a member of the International Code of Conduct Association and are certified under ISO 18788.",
                    "All custody officers complete a twelve-week initial training programme, including modules on human rights, mental health awareness and the safe use of restraint. Every use of force is recorded and reviewed by a manager and reported to the contracting authority.",
                    "We support clearer and more uniform contract standards across States, including on independent monitoring, which we believe would raise standards across the sector.",
                ],
            ),
        ),
    )
    add(
        "priva-en-amso",
        ("AMSO Secretariat", "secretariat@amso-maritime.example.org"),
        "Association of Maritime Security Operators - input",
        T("""
            Dear Sir/Madam,

            Please see attached the input of the Association of Maritime Security Operators
            (AMSO), which represents companies providing security services at sea. AMSO
            agrees to the publication of its input on the OHCHR website.

            Regards,
            Captain Erik Lindqvist
            Secretary General, AMSO
            """),
        "en",
        (PS, "Association of Maritime Security Operators", None),
        acr="AMSO",
        conf="publish",
        tz=1,
        atts=(
            doc(
                "AMSO input.docx",
                "en",
                [
                    "Input of the Association of Maritime Security Operators (AMSO)",
                    "AMSO members provide armed and unarmed security on merchant vessels transiting high-risk areas. Our members are increasingly asked whether they can support State authorities in maritime surveillance related to migration.",
                    "AMSO's guidance to members is that security teams on board merchant vessels must assist persons in distress at sea, in line with the master's obligations, and must not take part in the interception or return of migrants.",
                    "AMSO would welcome clearer international guidance on the responsibilities of private maritime security providers when they encounter migrants at sea.",
                ],
            ),
        ),
    )
    add(
        "priva-en-ois",
        ("Rachel Dunmore", "r.dunmore@orisonidentity.example.com"),
        "Orison Identity Systems - submission",
        T("""
            Dear Secretariat,

            Orison Identity Systems plc is pleased to provide the attached submission
            describing our visa application services. Please note the request at the top of
            the document.

            Kind regards,
            Rachel Dunmore
            Director, Government Affairs
            Orison Identity Systems plc
            """),
        "en",
        (PS, "Orison Identity Systems plc", None),
        alt=("Orison Identity Systems",),
        conf="confidential",
        tz=0,
        atts=(
            doc(
                "Orison_submission.pdf",
                "en",
                [
                    "Submission of Orison Identity Systems plc. This submission contains commercially sensitive information. We request that it be treated as confidential and not published.",
                    "Orison operates visa application centres on behalf of six governments in more than forty countries. Our staff receive applications, collect biometric data and return passports. Decisions on visa applications are taken exclusively by the governments concerned.",
                    "Biometric data is encrypted at the point of capture and transferred to the contracting government; it is deleted from our systems within a few days of transfer.",
                    "Optional services such as premium lounges are offered at additional cost, but the standard service is always available to all applicants.",
                ],
            ),
        ),
    )
    add(
        "indiv-en-reilly",
        ("Tom Reilly", "tomreilly77@outlook.com"),
        "My experience as a detention custody officer",
        T("""
            Hello,

            I worked for five years as a detention custody officer for a private company at an
            immigration removal centre. I have written down what I saw in the attached
            document in the hope it helps your report. You can publish it but please do not
            put my name on it. I still work in the sector.

            Thanks,
            Tom
            """),
        "en",
        (IND, "Tom Reilly", None),
        conf="publish",
        flags=("anonymous",),
        tz=0,
        atts=(
            doc(
                "experience_custody_officer.docx",
                "en",
                [
                    "Written by Tom Reilly, former detention custody officer",
                    "When I started, there were usually six officers on a wing of about a hundred men. By the time I left it was often three. With so few staff, we locked people in their rooms more often, because we could not supervise the association areas.",
                    "Many of my colleagues were young and had no experience of dealing with people in crisis. We received a few hours on mental health. Self-harm was common, and officers were sometimes left alone to manage situations they were not trained for.",
                    "I think the contracts should fix minimum staffing levels that cannot be traded off against penalties, and officers should be able to report concerns to someone outside the company without fear of losing their job.",
                ],
            ),
        ),
    )
    add(
        "indiv-en-yusuf",
        ("Amina Yusuf", "amina.yusuf.writes@gmail.com"),
        "Submission - private guards at a camp in Libya",
        T("""
            Dear Working Group,

            I am a freelance researcher who spent several months in 2019 interviewing people
            who had been held in Libya. Attached is a short submission summarising what they
            told me about private guards.

            Best regards,
            Amina Yusuf
            """),
        "en",
        (IND, "Amina Yusuf", None),
        tz=1,
        atts=(
            doc(
                "Amina Yusuf submission.pdf",
                "en",
                [
                    "Submission by Amina Yusuf, independent researcher",
                    "The people I interviewed in Tunisia and Italy had been held in centres in western Libya. Some described armed men without uniforms guarding the centres, paid, they believed, by whoever controlled the facility at the time. They could not tell whether these men were militia members, private guards or both.",
                    "Several said that guards sold detainees to employers or demanded ransom from their families for release. Such practices make the line between security provider and trafficker very thin.",
                    "I hope the Working Group will look closely at the funding that reaches such centres and ask funding States to verify who actually guards them.",
                ],
            ),
        ),
    )
    add(
        "indiv-en-okoro",
        ("Daniel Okoro", "d.okoro@yahoo.co.uk"),
        "Input to call for inputs - deportation flight",
        T("""
            Dear Sir or Madam,

            I would like to contribute to your call for inputs with my own observations as a
            volunteer legal observer at an airport during two charter deportation flights in
            2019. I have no document prepared, so I am writing here.

            On both occasions the people to be removed were brought to the aircraft in vans
            operated by a private escort company. Each person had two or three escorts, and
            most were in waist restraint belts while boarding. I saw one man carried up the
            steps by four escorts while he was shouting that he had a pending appeal. No
            independent monitor was present on the second flight.

            I believe that every charter flight should have an independent monitor on board
            and that the use of restraints should be recorded and justified in each case.

            Yours faithfully,
            Daniel Okoro
            """),
        "en",
        (IND, "Daniel Okoro", None),
        tz=0,
    )
    add(
        "other-en-ucew",
        ("Union of Custody and Escort Workers", "generalsecretary@ucew-union.example.org"),
        "UCEW submission on working conditions in outsourced immigration custody",
        T("""
            Dear Secretariat,

            The Union of Custody and Escort Workers (UCEW) represents staff employed by
            private contractors in immigration detention and escort services. Our submission
            is attached.

            In solidarity,
            Maureen Kelly
            General Secretary, UCEW
            """),
        "en",
        (OTH, "Union of Custody and Escort Workers", None),
        acr="UCEW",
        tz=0,
        atts=(
            doc(
                "UCEW_submission.pdf",
                "en",
                [
                    "Union of Custody and Escort Workers (UCEW) - Submission",
                    "Our members work long shifts, often twelve hours or more, with frequent overtime imposed at short notice. Escort staff can be away from home for several days on long-haul removal flights with little rest between assignments.",
                    "Understaffing puts both detained people and staff at risk. Our members report that they are discouraged from reporting incidents and that whistleblowers have been dismissed on other grounds.",
                    "UCEW asks that the Working Group recognise that decent working conditions for security staff are a condition for the humane treatment of people in custody, and recommends protections for staff who report abuse.",
                ],
            ),
        ),
    )
    add(
        "other-en-hbc",
        ("Harwick Borough Council", "policy@harwick-council.example.gov.uk"),
        "Harwick Borough Council - contribution to call for inputs",
        T("""
            Dear Sir/Madam,

            Harwick Borough Council, the local authority in whose area an immigration removal
            centre is located, submits the attached contribution. The Council is content for
            its contribution to be published.

            Yours faithfully,
            Cllr. Susan Marsh
            Chair, Community Cohesion Committee
            Harwick Borough Council
            """),
        "en",
        (OTH, "Harwick Borough Council", None),
        conf="publish",
        tz=0,
        atts=(
            doc(
                "Harwick_BC_contribution.pdf",
                "en",
                [
                    "Contribution of Harwick Borough Council",
                    "The removal centre in our borough has been operated by three different private companies in ten years. Each change of contractor has been followed by a period of disruption, staff turnover and an increase in incidents reported to local services.",
                    "Local health and social care services are called upon when detained people are released or when emergencies occur, but the Council is not consulted on contracts and receives no information on conditions in the centre.",
                    "The Council asks that local authorities be consulted on contracts for facilities in their area and that information on incidents be shared with local safeguarding bodies.",
                ],
            ),
        ),
    )
    add(
        "other-en-irc",
        ("Rev. Margaret Hollis", "m.hollis@interfaithnorthmoor.example.org"),
        "Interfaith Refugee Council of Northmoor - submission",
        T("""
            Dear friends at the Working Group,

            Our council of churches, mosques and synagogues visits people held in immigration
            detention each week. We attach a short submission on what our visitors have seen.

            With every blessing,
            Rev. Margaret Hollis
            Convenor, Interfaith Refugee Council of Northmoor
            """),
        "en",
        (OTH, "Interfaith Refugee Council of Northmoor", None),
        tz=0,
        atts=(
            doc(
                "IRCN_submission.docx",
                "en",
                [
                    "Submission of the Interfaith Refugee Council of Northmoor",
                    "Our volunteer visitors meet people in detention who have lost track of time, who do not know when they will be released and who have little contact with anyone other than security staff. For many, the guards employed by the private operator are the only people they speak to for days.",
                    "Visitors have been refused entry on grounds of staffing shortages, and faith leaders have found that access to prayer rooms depends on the availability of staff to open them.",
                    "We ask that the right to religious practice and to visits be guaranteed in contracts and that no one be detained without a time limit.",
                ],
            ),
        ),
    )
    add(
        "nots-en-deadline",
        ("Lena Fischer", "lena.fischer@refugeelawnetwork.example.org"),
        "Question about the deadline of the call for inputs",
        T("""
            Dear Secretariat,

            Our network is preparing a contribution to the call for inputs on private military
            and security companies in immigration and border management. Could you please
            confirm whether the deadline of 17 March 2020 refers to Geneva time, and whether
            a submission of around twelve pages would be acceptable?

            Many thanks in advance,
            Lena Fischer
            Refugee Law Network
            """),
        "en",
        (None, None, None),
        kind="not_submission",
        tz=1,
        trap="question about the deadline",
    )


# ====================================================================== French


def french() -> None:
    add(
        "civil-fr-cvr",
        ("Collectif Vigilance Rétention", "contact@vigilance-retention.example.org"),
        "Contribution du Collectif Vigilance Rétention",
        T("""
            Madame, Monsieur,

            Veuillez trouver ci-joint la contribution du Collectif Vigilance Rétention à
            l'appel à contributions du Groupe de travail sur l'utilisation de mercenaires.
            Notre collectif rassemble des bénévoles qui rendent visite aux personnes
            retenues dans les centres de rétention administrative du sud-ouest de la France.

            Bien cordialement,
            Bernard Lacoste
            pour le Collectif Vigilance Rétention
            """),
        "fr",
        (CS, "Collectif Vigilance Rétention", None),
        tz=1,
        flags=("format_not_accepted",),
        atts=(
            doc(
                "Contribution CVR.odt",
                "fr",
                [
                    "Contribution du Collectif Vigilance Rétention, Toulouse, mars 2020",
                    "Dans les centres de rétention que nous visitons, la garde relève de la police, mais de nombreuses tâches sont confiées à des prestataires privés : accueil des visiteurs, restauration, nettoyage, parfois la surveillance vidéo. Les personnes retenues ne savent pas toujours distinguer les agents publics des salariés de ces entreprises.",
                    "Les bénévoles constatent que les salariés des prestataires ne reçoivent aucune formation sur les droits des personnes retenues, alors qu'ils sont en contact quotidien avec elles, y compris avec des personnes en grande détresse.",
                    "Nous demandons que les marchés publics imposent une formation aux droits fondamentaux et que les personnes retenues puissent adresser leurs plaintes à une autorité indépendante.",
                ],
            ),
        ),
    )
    add(
        "civil-fr-ams",
        ("Hélène Garnier", "h.garnier@mer-solidaire.example.org"),
        "Contribution de l'association Mer Solidaire - appel du Groupe de travail",
        T("""
            Bonjour,

            Au nom de l'association Mer Solidaire, je vous adresse notre contribution sur les
            navires privés et le sauvetage en Méditerranée. Nous acceptons volontiers qu'elle
            soit publiée sur le site du Haut-Commissariat.

            Avec nos salutations les meilleures,
            Hélène Garnier
            Chargée de plaidoyer, Mer Solidaire, Marseille
            """),
        "fr",
        (CS, "Mer Solidaire", None),
        alt=("Association Mer Solidaire",),
        conf="publish",
        tz=1,
        atts=(
            doc(
                "MerSolidaire_contribution_GT_mercenaires.docx",
                "fr",
                [
                    "Contribution de l'association Mer Solidaire (Marseille)",
                    "Nos équipages ont observé à plusieurs reprises des navires privés, affrétés pour des missions de surveillance, rester à distance d'embarcations en détresse et se contenter de signaler leur position. Dans certains cas, ce signalement a conduit à une interception suivie d'un retour vers un pays où les personnes risquaient de graves violations.",
                    "L'obligation de porter assistance en mer s'impose à tout capitaine. Lorsqu'un État confie une mission de surveillance à un opérateur privé, il doit veiller à ce que cette obligation soit respectée et à ce que les personnes secourues soient débarquées dans un lieu sûr.",
                    "Mer Solidaire recommande la publication des contrats d'affrètement, la conservation des journaux de bord et l'accès des enquêteurs indépendants à ces documents.",
                ],
            ),
        ),
    )
    add(
        "civil-fr-oex",
        ("Observatoire des expulsions", "observatoire.expulsions@gmail.com"),
        "Contribution + annexe - Observatoire des expulsions",
        T("""
            Madame, Monsieur,

            L'Observatoire des expulsions a l'honneur de transmettre sa contribution à
            l'appel du Groupe de travail, ainsi qu'une annexe présentant les témoignages
            recueillis en 2019.

            Nous restons à votre disposition pour tout complément d'information.

            Cordialement,
            Samia Haddad
            Coordinatrice de l'Observatoire des expulsions
            """),
        "fr",
        (CS, "Observatoire des expulsions", None),
        tz=1,
        atts=(
            doc(
                "Observatoire_expulsions_contribution.pdf",
                "fr",
                [
                    "Contribution de l'Observatoire des expulsions, Lyon",
                    "Les éloignements par vols groupés font intervenir, dans plusieurs États européens, des sociétés privées chargées de l'escorte ou de l'affrètement des avions. Les personnes que nous avons rencontrées décrivent des entraves maintenues pendant toute la durée du vol et l'impossibilité de joindre un avocat.",
                    "Le contrôle de ces opérations reste lacunaire : les observateurs indépendants ne sont pas présents sur tous les vols et leurs rapports ne sont pas systématiquement rendus publics.",
                    "L'Observatoire recommande la présence d'un observateur indépendant sur chaque vol, l'enregistrement vidéo des opérations et la publication des contrats conclus avec les compagnies et les sociétés d'escorte.",
                ],
            ),
            doc(
                "Annexe_temoignages_2019.pdf",
                "fr",
                [
                    "Annexe - Témoignages recueillis par l'Observatoire des expulsions en 2019",
                    "Cette annexe rassemble, sous forme résumée, quatorze témoignages de personnes éloignées ou ayant fait l'objet d'une tentative d'éloignement en 2019, recueillis par téléphone après leur arrivée ou lors de visites en centre de rétention.",
                ],
                title="Annexe : témoignages",
            ),
        ),
    )
    add(
        "civil-fr-afs",
        ("Alarme Frontières Sud", "alarmefrontieressud@riseup.net"),
        "Contribution confidentielle - Alarme Frontières Sud",
        T("""
            Bonjour,

            Vous trouverez ci-joint la contribution de notre réseau. Compte tenu des risques
            que courent nos membres au Maroc et en Algérie, nous vous demandons de ne pas la
            publier et de la réserver à l'usage interne du Groupe de travail.

            Merci de votre compréhension,
            Le réseau Alarme Frontières Sud
            """),
        "fr",
        (CS, "Alarme Frontières Sud", None),
        conf="confidential",
        tz=0,
        atts=(
            doc(
                "AFS_contribution.pdf",
                "fr",
                [
                    "Contribution du réseau Alarme Frontières Sud",
                    "Notre ligne d'urgence reçoit les appels de personnes en détresse en mer ou bloquées dans le désert. Nous avons recueilli en 2019 des récits de refoulements dans lesquels des hommes armés, en tenue civile ou portant des uniformes sans insigne, ont participé aux opérations aux côtés des forces de sécurité.",
                    "Les personnes refoulées sont souvent abandonnées sans eau ni nourriture près des frontières. Elles ne savent pas qui sont les hommes qui les ont arrêtées ni au nom de qui ils agissaient.",
                    "Nous demandons que les États qui financent le contrôle des frontières dans la région vérifient l'identité des acteurs qui en bénéficient, y compris les sociétés privées, et suspendent ce financement en cas de violations.",
                ],
            ),
        ),
    )
    add(
        "civil-fr-dde",
        ("Droits Devant Exilés", "droitsdevant.exiles@laposte.net"),
        "Contribution à l'appel sur les sociétés de sécurité privées et les frontières",
        T("""
            Madame, Monsieur,

            Notre petite association de Briançon accueille les personnes exilées qui
            traversent la frontière franco-italienne à pied. Nous n'avons pas rédigé de
            document séparé et nous vous transmettons nos observations dans ce message.

            Ces dernières années, nous avons constaté que des agents de sociétés de sécurité
            privées gardent les locaux où les personnes interpellées à la frontière sont
            retenues avant d'être renvoyées en Italie. Ces locaux ne disposent ni de lits ni
            d'accès à un avocat, et les personnes y passent parfois la nuit. Plusieurs mineurs
            nous ont dit y avoir été enfermés avant d'être remis aux autorités italiennes,
            sans que leur âge soit examiné.

            Nous souhaitons que les missions des agents privés dans ces locaux soient
            clairement définies et que des observateurs indépendants puissent y accéder.

            Avec nos remerciements,
            Jacqueline Morel
            Présidente de Droits Devant Exilés
            """),
        "fr",
        (CS, "Droits Devant Exilés", None),
        tz=1,
    )
    add(
        "civil-fr-mmg",
        ("Maison des migrants de Gao", "maisondesmigrants.gao@yahoo.fr"),
        "Contribution Maison des migrants de Gao",
        T("""
            Mesdames, Messieurs,

            Au nom de la Maison des migrants de Gao, au Mali, je vous prie de trouver
            ci-joint notre contribution sur le rôle des sociétés de sécurité et des groupes
            armés le long des routes migratoires du Sahel.

            Veuillez agréer nos salutations distinguées.

            Abdoulaye Maïga
            Coordinateur
            """),
        "fr",
        (CS, "Maison des migrants de Gao", None),
        tz=0,
        atts=(
            doc(
                "Contribution_MMG_Gao.pdf",
                "fr",
                [
                    "Maison des migrants de Gao (Mali) - Contribution",
                    "Notre centre accueille chaque année des milliers de personnes refoulées d'Algérie ou revenant du Niger. Beaucoup décrivent des postes de contrôle tenus par des hommes armés qui exigent de l'argent pour les laisser passer, sans que l'on sache s'il s'agit de forces régulières, de milices ou d'agents de sécurité privés.",
                    "Les projets de contrôle des frontières financés par des partenaires étrangers renforcent les contrôles sans prévoir d'assistance aux personnes refoulées, qui arrivent chez nous épuisées et sans ressources.",
                    "Nous recommandons que tout appui extérieur au contrôle des frontières au Sahel comprenne un volet de protection et d'assistance aux personnes migrantes.",
                ],
            ),
        ),
    )
    add(
        "acade-fr-crdf",
        ("Mathieu Renaud", "mathieu.renaud@univ-valmont.example.fr"),
        "Contribution du Centre de recherche sur le droit des frontières (Université de Valmont)",
        T("""
            Madame, Monsieur,

            J'ai le plaisir de vous adresser, au nom du Centre de recherche sur le droit des
            frontières de l'Université de Valmont, une contribution à l'appel lancé par le
            Groupe de travail.

            Je vous prie d'agréer l'expression de mes salutations distinguées.

            Mathieu Renaud
            Maître de conférences en droit public
            Centre de recherche sur le droit des frontières, Université de Valmont
            """),
        "fr",
        (AC, "Centre de recherche sur le droit des frontières, Université de Valmont", None),
        alt=("Centre de recherche sur le droit des frontières",),
        tz=1,
        atts=(
            doc(
                "CRDF_Valmont_contribution.pdf",
                "fr",
                [
                    "Centre de recherche sur le droit des frontières, Université de Valmont - Contribution",
                    "Le droit de l'Union européenne et les droits nationaux permettent de confier à des personnes privées des tâches matérielles liées au contrôle des frontières, comme la vérification des documents par les transporteurs ou la gestion d'équipements de surveillance. La frontière entre tâche matérielle et exercice de prérogatives de puissance publique reste pourtant floue.",
                    "Les sanctions imposées aux transporteurs conduisent les compagnies à refuser l'embarquement à des personnes qui pourraient demander l'asile, sans aucun contrôle juridictionnel de cette décision.",
                    "Nous suggérons au Groupe de travail de préciser les fonctions qui, relevant de l'exercice de la contrainte, ne peuvent être déléguées à des acteurs privés.",
                ],
            ),
        ),
    )
    add(
        "acade-fr-icc",
        ("Institut de criminologie", "institut.criminologie@univ-corbiere.example.fr"),
        "Institut de criminologie de Corbière - contribution",
        T("""
            Bonjour,

            L'Institut de criminologie de l'Université de Corbière vous transmet sa
            contribution sur la sécurité privée dans les lieux d'enfermement des étrangers.
            Nous autorisons sa publication sur le site web du HCDH.

            Bien à vous,
            Pr Véronique Albert
            Directrice de l'Institut de criminologie
            """),
        "fr",
        (AC, "Institut de criminologie, Université de Corbière", None),
        alt=("Institut de criminologie",),
        conf="publish",
        tz=1,
        atts=(
            doc(
                "ICC_Corbiere_contribution.docx",
                "fr",
                [
                    "Institut de criminologie, Université de Corbière - Contribution au Groupe de travail",
                    "Nos travaux comparent la gestion des lieux d'enfermement des étrangers dans cinq pays européens. Là où la gestion est confiée à des entreprises privées, le taux de rotation du personnel est nettement plus élevé et la formation initiale plus courte que dans les établissements publics.",
                    "La rotation du personnel nuit à la connaissance des personnes retenues et à la détection des situations de vulnérabilité. Elle explique en partie la fréquence des incidents observés.",
                    "Nous recommandons de fixer dans les contrats des exigences minimales de formation et de stabilité du personnel, et d'en faire vérifier le respect par un organe indépendant.",
                ],
            ),
        ),
    )
    add(
        "acade-fr-getc",
        ("Karim Benslimane", "k.benslimane@univ-rivebelle.example.fr"),
        "Contribution - technologies de contrôle aux frontières",
        T("""
            Madame, Monsieur,

            Veuillez trouver en pièce jointe la contribution du Groupe d'études sur les
            technologies de contrôle de l'Université de Rivebelle, consacrée aux entreprises
            qui fournissent les systèmes de surveillance des frontières.

            Cordialement,
            Karim Benslimane
            Doctorant, Groupe d'études sur les technologies de contrôle
            Université de Rivebelle
            """),
        "fr",
        (AC, "Groupe d'études sur les technologies de contrôle, Université de Rivebelle", None),
        alt=("Groupe d'études sur les technologies de contrôle",),
        tz=1,
        atts=(
            doc(
                "GETC_Rivebelle_technologies_frontieres.pdf",
                "fr",
                [
                    "Groupe d'études sur les technologies de contrôle, Université de Rivebelle",
                    "Drones, capteurs, systèmes de reconnaissance faciale et bases de données biométriques sont conçus et souvent exploités par un petit nombre d'entreprises, dont certaines sont aussi actives dans l'industrie de défense. Les programmes de recherche publics financent le développement de ces technologies.",
                    "Les études d'impact sur les droits humains sont rares, et les personnes concernées n'ont généralement aucun moyen de savoir quelles données ont été collectées à leur sujet.",
                    "Nous recommandons des évaluations d'impact obligatoires avant tout déploiement et la publication de la liste des systèmes utilisés aux frontières et de leurs fournisseurs.",
                ],
            ),
        ),
    )
    add(
        "state-fr-dza",
        ("Mission permanente d'Algérie", "mission.algerie@mae-algerie.example"),
        "Note verbale - Mission permanente de l'Algérie",
        T("""
            Madame, Monsieur,

            Veuillez trouver ci-joint une note verbale de la Mission permanente de la
            République algérienne démocratique et populaire relative à l'appel à
            contributions du Groupe de travail sur l'utilisation de mercenaires.

            Cordialement,
            Le Secrétariat de la Mission
            """),
        "fr",
        (MS, "Algeria", "DZA"),
        alt=("People's Democratic Republic of Algeria",),
        tz=1,
        atts=(
            doc(
                "NV_Algerie_GT_mercenaires.pdf",
                "fr",
                [
                    "Mission permanente de la République algérienne démocratique et populaire auprès de l'Office des Nations Unies à Genève - Note verbale",
                    "La Mission permanente de la République algérienne démocratique et populaire auprès de l'Office des Nations Unies à Genève et des organisations internationales en Suisse présente ses compliments au Haut-Commissariat des Nations Unies aux droits de l'homme et, en réponse à l'appel à contributions du Groupe de travail sur l'utilisation de mercenaires, a l'honneur de l'informer que la surveillance des frontières et la gestion des flux migratoires relèvent exclusivement des institutions de l'État.",
                    "La législation algérienne n'autorise pas le recours à des sociétés militaires ou de sécurité privées pour l'exercice de missions de contrôle des frontières, de rétention ou d'éloignement des étrangers.",
                    "La Mission permanente saisit cette occasion pour renouveler au Haut-Commissariat les assurances de sa haute considération.",
                ],
            ),
        ),
    )
    add(
        "state-fr-cmr",
        ("Mission du Cameroun", "mission.cameroun.geneve@minrex-cameroun.example"),
        "Contribution du Cameroun - appel à contributions du Groupe de travail",
        T("""
            Madame, Monsieur,

            La Mission permanente de la République du Cameroun à Genève a l'honneur de vous
            faire parvenir ci-joint la contribution du Gouvernement camerounais.

            Veuillez agréer l'expression de notre haute considération.

            Mission permanente du Cameroun
            """),
        "fr",
        (MS, "Cameroon", "CMR"),
        alt=("Republic of Cameroon",),
        tz=1,
        atts=(
            doc(
                "Contribution_Cameroun.docx",
                "fr",
                [
                    "Contribution du Gouvernement de la République du Cameroun",
                    "Au Cameroun, la gestion des frontières relève de la Délégation générale à la sûreté nationale, des forces de défense et de l'administration des douanes. Les sociétés de gardiennage privées sont régies par la loi et ne peuvent exercer aucune mission de police aux frontières.",
                    "Le Cameroun accueille un nombre important de réfugiés venus de la République centrafricaine et du Nigéria. La sécurité des sites de réfugiés est assurée par les forces publiques, en coopération avec le HCR.",
                    "Le Gouvernement soutient les efforts du Groupe de travail visant à renforcer l'encadrement des activités des sociétés militaires et de sécurité privées.",
                ],
            ),
        ),
    )
    add(
        "state-fr-mco",
        ("Mission de Monaco", "missionmonaco.geneve@gouv-monaco.example"),
        "Réponse de la Principauté de Monaco",
        T("""
            Madame, Monsieur,

            La Mission permanente de la Principauté de Monaco vous prie de trouver ci-joint la
            réponse du Gouvernement Princier à l'appel à contributions. Le Gouvernement
            Princier ne voit pas d'objection à sa publication sur le site internet du
            Haut-Commissariat.

            Avec nos salutations distinguées,
            Mission permanente de Monaco auprès de l'Office des Nations Unies à Genève
            """),
        "fr",
        (MS, "Monaco", "MCO"),
        alt=("Principality of Monaco",),
        conf="publish",
        tz=1,
        atts=(
            doc(
                "Reponse_Monaco_GT_mercenaires.pdf",
                "fr",
                [
                    "Réponse du Gouvernement Princier de Monaco",
                    "La Principauté de Monaco ne dispose pas de frontières extérieures terrestres avec un État tiers à l'espace Schengen. Le contrôle des personnes relève de la Direction de la Sûreté Publique, en coopération avec les autorités françaises.",
                    "Les sociétés de sécurité privées autorisées en Principauté exercent des missions de gardiennage de biens et ne participent à aucune mission de contrôle de l'immigration.",
                ],
            ),
        ),
    )
    add(
        "state-fr-ben",
        ("Mission permanente du Bénin", "benin.mission@diplomatie-benin.example"),
        "Note verbale du Bénin - appel à contributions",
        T("""
            Madame, Monsieur,

            Veuillez trouver ci-joint la note verbale de la Mission permanente de la
            République du Bénin transmettant les éléments de réponse du Gouvernement.

            Cordialement,
            Mission permanente du Bénin à Genève
            """),
        "fr",
        (MS, "Benin", "BEN"),
        alt=("Republic of Benin",),
        tz=1,
        atts=(
            doc(
                "NV_Benin_2020.pdf",
                "fr",
                [
                    "Mission permanente de la République du Bénin auprès de l'Office des Nations Unies à Genève - Note verbale",
                    "La Mission permanente de la République du Bénin présente ses compliments au Haut-Commissariat des Nations Unies aux droits de l'homme et a l'honneur de lui transmettre les éléments suivants en réponse à l'appel du Groupe de travail sur l'utilisation de mercenaires.",
                    "Au Bénin, le contrôle des frontières est assuré par la Police républicaine. Aucune société militaire ou de sécurité privée n'est associée aux missions de contrôle des frontières ou de gestion des migrations. Le Bénin participe aux mécanismes de libre circulation de la CEDEAO.",
                    "La Mission permanente de la République du Bénin saisit cette occasion pour renouveler au Haut-Commissariat les assurances de sa haute considération.",
                ],
            ),
        ),
    )
    add(
        "nhri-fr-cnidh",
        ("CNIDH Burundi", "cnidh.burundi@cnidh.example.bi"),
        "Contribution de la CNIDH du Burundi",
        T("""
            Madame, Monsieur,

            La Commission nationale indépendante des droits de l'homme du Burundi (CNIDH)
            vous transmet en annexe sa contribution à l'appel du Groupe de travail sur
            l'utilisation de mercenaires.

            Veuillez agréer, Madame, Monsieur, l'expression de notre considération distinguée.

            Le Secrétariat permanent de la CNIDH, Bujumbura
            """),
        "fr",
        (NHRI, "Commission nationale indépendante des droits de l'homme", "BDI"),
        acr="CNIDH",
        tz=2,
        atts=(
            doc(
                "CNIDH_contribution_GT_mercenaires.pdf",
                "fr",
                [
                    "Commission nationale indépendante des droits de l'homme (CNIDH), Burundi - Contribution",
                    "La CNIDH suit la situation des réfugiés rapatriés et des personnes refoulées aux frontières du Burundi. Elle n'a pas relevé d'intervention de sociétés de sécurité privées dans le contrôle des frontières nationales.",
                    "La Commission observe toutefois que des sociétés de gardiennage sont employées pour la sécurité de certains centres de transit de rapatriés, et recommande que leurs agents soient formés au respect des droits des personnes accueillies.",
                    "La CNIDH reste disposée à partager avec le Groupe de travail les informations issues de ses visites de terrain.",
                ],
            ),
        ),
    )
    add(
        "inter-fr-ceeac",
        ("Secrétariat général de la CEEAC", "sg@ceeac-eccas.example.int"),
        "Contribution de la CEEAC à l'appel du Groupe de travail",
        T("""
            Madame, Monsieur,

            Le Secrétariat général de la Communauté économique des États de l'Afrique
            centrale (CEEAC) a l'honneur de vous transmettre sa contribution. La CEEAC
            consent à ce qu'elle soit rendue publique sur la page de l'appel.

            Veuillez agréer l'assurance de notre haute considération.

            Département de la paix et de la sécurité, CEEAC, Libreville
            """),
        "fr",
        (IO, "Communauté économique des États de l'Afrique centrale", None),
        acr="CEEAC",
        alt=(
            "Economic Community of Central African States (ECCAS)",
            "Economic Community of Central African States",
        ),
        conf="publish",
        tz=1,
        atts=(
            doc(
                "CEEAC_contribution.pdf",
                "fr",
                [
                    "Communauté économique des États de l'Afrique centrale (CEEAC) - Contribution",
                    "L'Afrique centrale connaît la présence de mercenaires et de sociétés militaires privées dans plusieurs conflits. La CEEAC est attentive au risque que de tels acteurs interviennent également dans la sécurisation des frontières et des zones minières traversées par des routes migratoires.",
                    "La CEEAC encourage ses États membres à adopter des législations encadrant les sociétés militaires et de sécurité privées et à renforcer la coopération dans la gestion des frontières, dans le respect des droits des personnes migrantes et réfugiées.",
                ],
            ),
        ),
    )
    add(
        "priva-fr-sas",
        ("Direction générale Sûreté Atlantique", "direction@surete-atlantique.example.fr"),
        "Contribution de Sûreté Atlantique SAS",
        T("""
            Madame, Monsieur,

            Notre société, qui assure des prestations de sûreté portuaire, a souhaité répondre
            à votre appel. Vous trouverez notre contribution ci-jointe. Nous vous remercions
            de la traiter de manière confidentielle : elle ne doit pas être publiée.

            Cordialement,
            Yann Le Goff
            Directeur général, Sûreté Atlantique SAS
            """),
        "fr",
        (PS, "Sûreté Atlantique SAS", None),
        alt=("Sûreté Atlantique",),
        conf="confidential",
        tz=1,
        atts=(
            doc(
                "Surete_Atlantique_contribution.pdf",
                "fr",
                [
                    "Contribution de Sûreté Atlantique SAS",
                    "Sûreté Atlantique assure l'inspection-filtrage et le gardiennage dans plusieurs ports de la façade atlantique. Nos agents sont amenés à découvrir des personnes dissimulées dans des véhicules ou des conteneurs.",
                    "Dans ce cas, nos consignes prévoient de prévenir immédiatement la police aux frontières, de porter les premiers secours si nécessaire et de ne procéder à aucune retenue au-delà du temps strictement nécessaire à l'arrivée des forces de l'ordre.",
                    "Nous serions favorables à des lignes directrices communes pour les opérateurs de sûreté confrontés à ces situations.",
                ],
            ),
        ),
    )
    add(
        "priva-fr-gesa",
        ("GESA", "contact@gesa-surete.example.fr"),
        "Contribution du GESA",
        T("""
            Madame, Monsieur,

            Le Groupement des entreprises de sûreté aéroportuaire (GESA) vous adresse sa
            contribution. Nous n'avons pas d'objection à sa publication.

            Bien cordialement,
            Florence Besson
            Déléguée générale du GESA
            """),
        "fr",
        (PS, "Groupement des entreprises de sûreté aéroportuaire", None),
        acr="GESA",
        conf="publish",
        tz=1,
        atts=(
            doc(
                "GESA_contribution_GT.docx",
                "fr",
                [
                    "Groupement des entreprises de sûreté aéroportuaire (GESA) - Contribution",
                    "Les entreprises membres du GESA assurent l'inspection-filtrage des passagers et des bagages dans les aéroports. Elles n'exercent aucune mission de contrôle aux frontières, qui relève de la police.",
                    "Nos agents sont néanmoins en contact avec des personnes en cours d'éloignement lorsque celles-ci sont escortées jusqu'à l'avion. Le GESA a élaboré un module de formation sur le respect de la dignité des personnes et le signalement des incidents.",
                    "Le GESA soutient l'élaboration de normes communes pour les prestataires de sûreté intervenant dans les aéroports.",
                ],
            ),
        ),
    )
    add(
        "indiv-fr-dubreuil",
        ("Claire Dubreuil", "claire.dubreuil@orange.fr"),
        "Mon témoignage pour l'appel à contributions",
        T("""
            Madame, Monsieur,

            Interprète à la retraite, j'ai travaillé pendant de nombreuses années dans les
            zones d'attente des aéroports. Je me permets de vous adresser un court texte sur
            ce que j'y ai observé.

            Avec mes salutations respectueuses,
            Claire Dubreuil
            """),
        "fr",
        (IND, "Claire Dubreuil", None),
        tz=1,
        atts=(
            doc(
                "Temoignage_Claire_Dubreuil.pdf",
                "fr",
                [
                    "Témoignage de Claire Dubreuil, interprète",
                    "Dans les zones d'attente, j'ai vu les agents de sociétés privées prendre une place de plus en plus grande : surveillance des salles, accompagnement vers les entretiens, distribution des repas. Les personnes maintenues les prenaient souvent pour des policiers.",
                    "J'ai assisté à des entretiens où les agents privés restaient dans la pièce, ce qui empêchait les personnes de parler librement de leurs craintes.",
                    "Je souhaite que la confidentialité des entretiens soit garantie et que le rôle de chacun soit clairement expliqué aux personnes maintenues.",
                ],
            ),
        ),
    )
    add(
        "other-fr-pmpm",
        ("Pastorale des migrants", "pastorale.migrants@diocese-portmarie.example.org"),
        "Contribution de la Pastorale des migrants du diocèse de Port-Marie",
        T("""
            Madame, Monsieur,

            La Pastorale des migrants du diocèse de Port-Marie vous transmet sa contribution.
            Elle peut être publiée sur le site du Haut-Commissariat.

            Fraternellement,
            Père Emmanuel Kaboré
            Responsable de la Pastorale des migrants
            """),
        "fr",
        (OTH, "Pastorale des migrants du diocèse de Port-Marie", None),
        alt=("Pastorale des migrants",),
        conf="publish",
        tz=0,
        atts=(
            doc(
                "Contribution_Pastorale_migrants.pdf",
                "fr",
                [
                    "Contribution de la Pastorale des migrants du diocèse de Port-Marie",
                    "Nos aumôniers visitent chaque semaine les personnes retenues dans le centre de rétention de notre ville. Ils constatent que les agents de la société privée chargée de l'accueil et de la surveillance des locaux changent très souvent et connaissent mal les droits des personnes retenues.",
                    "Les visites des aumôniers et des familles sont parfois annulées faute de personnel pour accompagner les visiteurs. Les personnes retenues vivent ces annulations comme une punition.",
                    "Nous demandons que le droit aux visites et à l'assistance spirituelle soit garanti quelles que soient les contraintes du prestataire.",
                ],
            ),
        ),
    )
    add(
        "nots-fr-merci",
        ("Julien Mercier", "j.mercier@asso-exil-accueil.example.org"),
        "RE: Accusé de réception - contribution",
        T("""
            Bonjour,

            Merci beaucoup pour votre accusé de réception de notre contribution de la semaine
            dernière. Nous suivrons avec intérêt les travaux du Groupe de travail et la
            présentation de son rapport.

            Bien cordialement,
            Julien Mercier
            Exil Accueil
            """),
        "fr",
        (None, None, None),
        kind="not_submission",
        tz=1,
        trap="thanks for the acknowledgement",
    )


# ====================================================================== Spanish


def spanish() -> None:
    add(
        "civil-es-cmt",
        ("Colectivo Mar de Todos", "colectivomardetodos@gmail.com"),
        "Aporte del Colectivo Mar de Todos a la convocatoria",
        T("""
            Estimadas y estimados:

            Adjuntamos el aporte del Colectivo Mar de Todos a la convocatoria del Grupo de
            Trabajo sobre la utilización de mercenarios. Autorizamos su publicación en la
            página web del ACNUDH.

            Un saludo cordial,
            Nerea Etxeberria
            Colectivo Mar de Todos, Cádiz
            """),
        "es",
        (CS, "Colectivo Mar de Todos", None),
        conf="publish",
        tz=1,
        atts=(
            doc(
                "Aporte_Colectivo_Mar_de_Todos.pdf",
                "es",
                [
                    "Aporte del Colectivo Mar de Todos (Cádiz, España)",
                    "En el Estrecho y en la ruta atlántica hacia Canarias, embarcaciones privadas contratadas para tareas de vigilancia y empresas de seguridad en los puertos intervienen cada vez más en la llegada de personas migrantes. Los supervivientes que acompañamos no saben distinguir entre agentes públicos y personal privado.",
                    "En los puertos, el personal de seguridad privada custodia a las personas recién llegadas durante horas, a veces en naves sin condiciones mínimas, antes de que intervenga la policía.",
                    "Pedimos que la custodia de personas rescatadas quede siempre en manos de funcionarios públicos y que se garantice el acceso inmediato a asistencia letrada e intérpretes.",
                ],
            ),
        ),
    )
    add(
        "civil-es-ocem",
        ("Rodrigo Salinas", "rsalinas@observatorioestaciones.example.org.mx"),
        "Contribución del Observatorio Ciudadano de Estaciones Migratorias",
        T("""
            Estimado equipo del Grupo de Trabajo:

            Por medio del presente les hago llegar la contribución del Observatorio Ciudadano
            de Estaciones Migratorias (OCEM) sobre la participación de empresas de seguridad
            privada en estaciones migratorias de México.

            Atentamente,
            Rodrigo Salinas
            Coordinador de investigación, OCEM
            """),
        "es",
        (CS, "Observatorio Ciudadano de Estaciones Migratorias", None),
        acr="OCEM",
        tz=-6,
        atts=(
            doc(
                "OCEM_contribucion_GT_mercenarios.pdf",
                "es",
                [
                    "Observatorio Ciudadano de Estaciones Migratorias (OCEM) - Contribución",
                    "En varias estaciones migratorias, la vigilancia perimetral y parte de la custodia interna se han encargado a empresas de seguridad privada. Las personas entrevistadas por el OCEM describieron revisiones corporales humillantes y amenazas por parte de guardias sin identificación visible.",
                    "Los contratos no son públicos y no es posible saber qué obligaciones de capacitación o de trato digno imponen a las empresas.",
                    "Recomendamos publicar los contratos, prohibir que personal privado ejerza funciones de custodia de personas y garantizar el acceso de organizaciones civiles a las estaciones migratorias.",
                ],
            ),
        ),
    )
    add(
        "civil-es-adt",
        ("Asociación Derechos en Tránsito", "info@derechosentransito.example.org"),
        "Contribución - Asociación Derechos en Tránsito",
        T("""
            Buenos días:

            Les enviamos en archivo adjunto la contribución de la Asociación Derechos en
            Tránsito sobre las empresas de seguridad en los albergues y centros de recepción
            de personas venezolanas en la frontera colombo-venezolana.

            Saludos cordiales,
            Equipo de incidencia
            Asociación Derechos en Tránsito, Cúcuta
            """),
        "es",
        (CS, "Asociación Derechos en Tránsito", None),
        tz=-5,
        atts=(
            doc(
                "ADT_contribucion.docx",
                "es",
                [
                    "Contribución de la Asociación Derechos en Tránsito (Cúcuta, Colombia)",
                    "En los centros de atención transitoria, la seguridad suele estar a cargo de empresas privadas contratadas por los operadores humanitarios. Las personas alojadas nos han relatado restricciones arbitrarias de salida y tratos discriminatorios hacia mujeres trans y personas indígenas.",
                    "No existen mecanismos claros de queja, y las personas temen perder su cupo en el albergue si denuncian al personal de seguridad.",
                    "Proponemos que los contratos de seguridad incluyan formación en enfoque diferencial y protección, así como canales de queja confidenciales y gestionados por terceros.",
                ],
            ),
        ),
    )
    add(
        "civil-es-frd",
        ("Fundación Ruta Digna", "direccion@rutadigna.example.org"),
        "Contribución Fundación Ruta Digna",
        T("""
            Estimados señores:

            Adjuntamos la contribución de la Fundación Ruta Digna. Les rogamos tener en
            cuenta la solicitud que figura al inicio del documento.

            Atentamente,
            Lucía Montalvo
            Directora ejecutiva
            """),
        "es",
        (CS, "Fundación Ruta Digna", None),
        conf="confidential",
        tz=-6,
        atts=(
            doc(
                "Fundacion_Ruta_Digna_contribucion.pdf",
                "es",
                [
                    "Fundación Ruta Digna - Contribución al Grupo de Trabajo. Solicitamos que este documento se mantenga confidencial y no se publique, por la seguridad de las personas cuyos testimonios recoge.",
                    "En la ruta migratoria por Guatemala y el sur de México, las personas migrantes que acompañamos han sido detenidas por hombres armados que se identificaban como personal de seguridad de fincas y empresas, y entregadas después a autoridades migratorias.",
                    "Algunas de estas personas denunciaron robos y golpes durante esas detenciones, sin que las autoridades investigaran la participación de las empresas.",
                    "Pedimos a los Estados que prohíban expresamente que personal de seguridad privada detenga a personas migrantes y que investiguen los casos denunciados.",
                ],
            ),
        ),
    )
    add(
        "civil-es-cmf",
        ("Colectiva Mujeres en Frontera", "mujeresenfrontera@riseup.net"),
        "Aporte a la convocatoria sobre empresas de seguridad y fronteras",
        T("""
            Estimadas compañeras y compañeros del Grupo de Trabajo:

            Somos la Colectiva Mujeres en Frontera, un grupo de mujeres que acompaña a
            migrantes en Ciudad Juárez. No tenemos un documento formal, así que les
            compartimos nuestro aporte en este correo.

            Muchas de las mujeres que acompañamos fueron retenidas en instalaciones de
            procesamiento donde la vigilancia estaba a cargo de guardias de empresas
            privadas. Nos contaron que los guardias eran casi siempre hombres, que no
            tenían privacidad para bañarse ni para amamantar y que algunas recibieron
            comentarios sexuales. Ninguna supo a quién quejarse.

            Pedimos que en estos lugares haya siempre personal femenino, que se respeten la
            intimidad y la salud de las mujeres y que exista un mecanismo de queja
            independiente de las empresas.

            Con cariño y en lucha,
            Colectiva Mujeres en Frontera
            """),
        "es",
        (CS, "Colectiva Mujeres en Frontera", None),
        tz=-7,
    )
    add(
        "civil-es-apm",
        ("Abogados por la Movilidad", "contacto@abogadosmovilidad.example.org"),
        "Contribución de Abogados por la Movilidad",
        T("""
            Estimado Grupo de Trabajo:

            Adjunto remitimos la contribución de Abogados por la Movilidad, red de abogadas y
            abogados que defienden a personas migrantes en Chile, Perú y Bolivia. El documento
            está en formato OpenDocument; si tuvieran problemas para abrirlo, con gusto lo
            enviamos en otro formato.

            Atentamente,
            Sebastián Araya
            Abogados por la Movilidad
            """),
        "es",
        (CS, "Abogados por la Movilidad", None),
        tz=-3,
        flags=("format_not_accepted",),
        atts=(
            doc(
                "Contribucion_Abogados_Movilidad.odt",
                "es",
                [
                    "Contribución de Abogados por la Movilidad",
                    "En los pasos fronterizos del norte de Chile y del sur del Perú, hemos documentado la participación de empresas de seguridad privada en la custodia de personas a la espera de ser expulsadas, en dependencias que no están reconocidas como lugares de detención.",
                    "Nuestros clientes no pudieron comunicarse con abogados ni con sus consulados mientras estuvieron bajo custodia privada.",
                    "Recomendamos que toda privación de libertad por motivos migratorios se realice en lugares oficiales, bajo autoridad pública y con acceso efectivo a defensa.",
                ],
            ),
        ),
    )
    add(
        "civil-es-ird",
        ("Iniciativa Retorno Digno", "iniciativa.retornodigno@gmail.com"),
        "Aporte de Iniciativa Retorno Digno - vuelos de deportación",
        T("""
            Estimados miembros del Grupo de Trabajo:

            Desde Iniciativa Retorno Digno, organización que recibe a personas deportadas en
            el aeropuerto de San Pedro Sula, les enviamos nuestro aporte a la convocatoria.

            Saludos,
            Karla Mejía
            Coordinadora
            """),
        "es",
        (CS, "Iniciativa Retorno Digno", None),
        tz=-6,
        atts=(
            doc(
                "Aporte_Iniciativa_Retorno_Digno.pdf",
                "es",
                [
                    "Iniciativa Retorno Digno (Honduras) - Aporte sobre vuelos de deportación",
                    "Cada semana recibimos vuelos fletados de deportación operados por compañías privadas, con personal de escolta también privado. Muchas personas llegan con marcas de grilletes en tobillos y muñecas, tras vuelos de varias horas esposadas.",
                    "Entre las personas deportadas hay familias con niños pequeños y personas enfermas que no recibieron atención durante el viaje. A su llegada no siempre se les devuelven sus pertenencias ni sus documentos.",
                    "Solicitamos que se limite el uso de medios de coerción en los vuelos, que se garantice la devolución de pertenencias y que los contratos de vuelos y escoltas sean públicos.",
                ],
            ),
        ),
    )
    add(
        "acade-es-gef",
        ("Paula Domínguez", "pdominguez@umonteverde.example.edu"),
        "Contribución del Grupo de Estudios sobre Fronteras, Universidad de Monteverde",
        T("""
            Estimados señores:

            En nombre del Grupo de Estudios sobre Fronteras de la Universidad de Monteverde,
            les remito nuestra contribución a la convocatoria del Grupo de Trabajo.

            Reciban un cordial saludo,
            Dra. Paula Domínguez
            Investigadora principal
            Grupo de Estudios sobre Fronteras, Universidad de Monteverde
            """),
        "es",
        (AC, "Grupo de Estudios sobre Fronteras, Universidad de Monteverde", None),
        alt=("Grupo de Estudios sobre Fronteras",),
        tz=-5,
        atts=(
            doc(
                "GEF_Monteverde_contribucion.pdf",
                "es",
                [
                    "Grupo de Estudios sobre Fronteras, Universidad de Monteverde - Contribución",
                    "Nuestra investigación muestra que la externalización del control migratorio hacia países de tránsito en América Latina incluye la compra de equipos y servicios a empresas privadas de seguridad, financiada en parte por Estados de destino.",
                    "Esta cadena de contratos diluye la responsabilidad: el Estado que financia no controla la ejecución, el Estado que ejecuta depende de la empresa, y las personas afectadas no tienen a quién reclamar.",
                    "Recomendamos que los acuerdos de cooperación migratoria incluyan cláusulas de derechos humanos, evaluaciones de impacto y mecanismos de rendición de cuentas aplicables también a las empresas contratadas.",
                ],
            ),
        ),
    )
    add(
        "acade-es-cdh",
        ("Cátedra de Derechos Humanos", "catedra.ddhh@ulitoralandino.example.edu"),
        "Contribución y anexo - Cátedra de Derechos Humanos, Universidad del Litoral Andino",
        T("""
            Estimado Grupo de Trabajo:

            La Cátedra de Derechos Humanos de la Universidad del Litoral Andino remite su
            contribución junto con un anexo bibliográfico. Damos nuestro consentimiento para
            que la contribución se publique en el sitio web.

            Cordialmente,
            Prof. Andrés Villalobos
            Titular de la Cátedra
            """),
        "es",
        (AC, "Cátedra de Derechos Humanos, Universidad del Litoral Andino", None),
        alt=("Cátedra de Derechos Humanos",),
        conf="publish",
        tz=-5,
        atts=(
            doc(
                "Catedra_DDHH_contribucion.docx",
                "es",
                [
                    "Cátedra de Derechos Humanos, Universidad del Litoral Andino - Contribución",
                    "El derecho internacional no prohíbe que los Estados contraten servicios privados, pero sí exige que el Estado responda por los actos de quienes ejercen atribuciones del poder público en su nombre. La privación de libertad y el uso de la fuerza contra personas migrantes son atribuciones de esa naturaleza.",
                    "La jurisprudencia interamericana ha reconocido además el deber de los Estados de regular, supervisar y fiscalizar a los actores privados que prestan servicios públicos.",
                    "Sugerimos que el Grupo de Trabajo recomiende a los Estados establecer por ley las funciones migratorias indelegables a particulares.",
                ],
            ),
            doc(
                "Anexo_bibliografia.docx",
                "es",
                [
                    "Anexo - Bibliografía y jurisprudencia citadas por la Cátedra de Derechos Humanos",
                    "El anexo recoge las sentencias de la Corte Interamericana de Derechos Humanos y los estudios doctrinales sobre privatización de funciones públicas que sustentan la contribución, ordenados por tema.",
                ],
                title="Anexo bibliográfico",
            ),
        ),
    )
    add(
        "acade-es-ltm",
        ("Laboratorio de Tecnología y Migración", "ltm@upuertoclaro.example.edu"),
        "Aporte del Laboratorio de Tecnología y Migración",
        T("""
            Hola:

            Les compartimos el aporte del Laboratorio de Tecnología y Migración de la
            Universidad de Puerto Claro sobre la vigilancia tecnológica en las fronteras y las
            empresas que la proveen.

            Saludos cordiales,
            Tomás Ferreyra
            Investigador, Laboratorio de Tecnología y Migración
            """),
        "es",
        (AC, "Laboratorio de Tecnología y Migración, Universidad de Puerto Claro", None),
        alt=("Laboratorio de Tecnología y Migración",),
        tz=-3,
        atts=(
            doc(
                "LTM_aporte_vigilancia_fronteras.pdf",
                "es",
                [
                    "Laboratorio de Tecnología y Migración, Universidad de Puerto Claro - Aporte",
                    "Los sistemas de registro biométrico de personas migrantes en la región han sido desarrollados por empresas privadas, con financiamiento internacional. Las bases de datos resultantes se comparten en ocasiones con terceros países sin que las personas registradas lo sepan.",
                    "Las leyes de protección de datos de varios países excluyen expresamente los datos recogidos con fines migratorios o de seguridad.",
                    "Recomendamos que las personas migrantes tengan derecho a acceder a sus datos y a corregirlos, y que los contratos limiten el uso de los datos por parte de las empresas proveedoras.",
                ],
            ),
        ),
    )
    add(
        "state-es-gnq",
        ("Misión Permanente de Guinea Ecuatorial", "mision.ginebra@maec-guineaecuatorial.example"),
        "Nota verbal - Guinea Ecuatorial - convocatoria del Grupo de Trabajo",
        T("""
            Señores:

            Se adjunta nota verbal de la Misión Permanente de la República de Guinea
            Ecuatorial ante la Oficina de las Naciones Unidas en Ginebra, en respuesta a la
            convocatoria del Grupo de Trabajo sobre la utilización de mercenarios.

            Atentamente,
            Secretaría de la Misión Permanente
            """),
        "es",
        (MS, "Equatorial Guinea", "GNQ"),
        alt=("Republic of Equatorial Guinea",),
        tz=1,
        atts=(
            doc(
                "Nota_verbal_Guinea_Ecuatorial.pdf",
                "es",
                [
                    "Misión Permanente de la República de Guinea Ecuatorial ante la Oficina de las Naciones Unidas en Ginebra - Nota verbal",
                    "La Misión Permanente de la República de Guinea Ecuatorial saluda atentamente a la Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos y, en relación con la convocatoria del Grupo de Trabajo sobre la utilización de mercenarios, tiene el honor de informar que el control de las fronteras nacionales es competencia exclusiva de las fuerzas de seguridad del Estado.",
                    "La legislación nacional no permite que empresas militares o de seguridad privadas ejerzan funciones de control fronterizo o de custodia de personas extranjeras. La República de Guinea Ecuatorial reitera su compromiso con la lucha contra el mercenarismo en la región.",
                    "La Misión Permanente aprovecha la oportunidad para reiterar a la Oficina del Alto Comisionado el testimonio de su más alta consideración.",
                ],
            ),
        ),
    )
    add(
        "state-es-and",
        ("Missió Permanent d'Andorra", "missio.ginebra@govern-andorra.example"),
        "Respuesta del Principado de Andorra a la convocatoria",
        T("""
            Estimados señores:

            Adjuntamos la respuesta del Gobierno del Principado de Andorra a la convocatoria
            de contribuciones del Grupo de Trabajo sobre la utilización de mercenarios.

            Reciban un cordial saludo,
            Misión Permanente del Principado de Andorra ante las Naciones Unidas en Ginebra
            """),
        "es",
        (MS, "Andorra", "AND"),
        alt=("Principality of Andorra",),
        tz=1,
        atts=(
            doc(
                "Respuesta_Andorra_GT_mercenarios.docx",
                "es",
                [
                    "Respuesta del Gobierno del Principado de Andorra",
                    "El control de las personas en las fronteras del Principado de Andorra corresponde al Cuerpo de Policía de Andorra, en coordinación con las autoridades de España y Francia.",
                    "Las empresas de seguridad privada autorizadas en Andorra prestan servicios de vigilancia de bienes y establecimientos y no participan en tareas de control migratorio, detención ni expulsión de personas extranjeras.",
                    "El Principado de Andorra agradece la oportunidad de contribuir a los trabajos del Grupo de Trabajo.",
                ],
            ),
        ),
    )
    add(
        "nhri-es-dpp",
        ("Defensoría del Pueblo de Panamá", "asuntosinternacionales@defensoria-panama.example"),
        "Contribución de la Defensoría del Pueblo de la República de Panamá",
        T("""
            Estimados señores:

            La Defensoría del Pueblo de la República de Panamá remite su contribución a la
            convocatoria, junto con un anexo sobre las estaciones de recepción migratoria de
            la provincia de Darién.

            Atentamente,
            Dirección de Asuntos Internacionales
            Defensoría del Pueblo de la República de Panamá
            """),
        "es",
        (NHRI, "Defensoría del Pueblo de la República de Panamá", "PAN"),
        alt=("Defensoría del Pueblo de Panamá",),
        tz=-5,
        atts=(
            doc(
                "DP_Panama_contribucion.pdf",
                "es",
                [
                    "Defensoría del Pueblo de la República de Panamá - Contribución al Grupo de Trabajo sobre la utilización de mercenarios",
                    "La Defensoría realiza visitas periódicas a las estaciones de recepción migratoria que acogen a las personas que atraviesan la selva del Darién. La seguridad de estas estaciones está a cargo de instituciones públicas, con apoyo logístico de organismos internacionales.",
                    "La Defensoría ha observado, no obstante, que algunos servicios de transporte de personas migrantes hacia la frontera con Costa Rica son prestados por empresas privadas, sin protocolos claros sobre el trato a las personas transportadas.",
                    "La Defensoría recomienda establecer protocolos de protección para todos los servicios privados vinculados a la atención de personas migrantes.",
                ],
            ),
            doc(
                "Anexo_estaciones_Darien.pdf",
                "es",
                [
                    "Anexo - Estaciones de recepción migratoria de Darién: observaciones de la Defensoría del Pueblo",
                    "El anexo resume las observaciones de las visitas realizadas en 2019 a las estaciones de recepción migratoria: capacidad, servicios disponibles, presencia institucional y principales quejas recibidas de las personas alojadas.",
                ],
                title="Anexo: estaciones de recepción migratoria de Darién",
            ),
        ),
    )
    add(
        "nhri-es-dppy",
        (
            "Defensoría del Pueblo del Paraguay",
            "relacionesinternacionales@defensoria-paraguay.example",
        ),
        "Aporte de la Defensoría del Pueblo - Paraguay",
        T("""
            Señoras y señores:

            Tenemos el agrado de remitir adjunto el aporte de la Defensoría del Pueblo de la
            República del Paraguay a la convocatoria del Grupo de Trabajo.

            Saludos atentos,
            Departamento de Relaciones Internacionales
            Defensoría del Pueblo, Asunción
            """),
        "es",
        (NHRI, "Defensoría del Pueblo de la República del Paraguay", "PRY"),
        alt=("Defensoría del Pueblo del Paraguay",),
        tz=-3,
        atts=(
            doc(
                "Aporte_Defensoria_Paraguay.pdf",
                "es",
                [
                    "Defensoría del Pueblo de la República del Paraguay - Aporte",
                    "La Defensoría del Pueblo no ha recibido denuncias relativas a la participación de empresas militares o de seguridad privadas en el control fronterizo, que en el Paraguay corresponde a la Dirección General de Migraciones y a la Policía Nacional.",
                    "Se ha observado, sin embargo, la contratación de guardias privados en terminales de transporte de la triple frontera, que en ocasiones retienen a personas extranjeras hasta la llegada de las autoridades.",
                    "La Defensoría recomienda precisar por vía reglamentaria los límites de actuación del personal de seguridad privada frente a personas extranjeras.",
                ],
            ),
        ),
    )
    add(
        "inter-es-oea",
        ("Departamento de Inclusión Social - OEA", "inclusionsocial@oas-oea.example.org"),
        "Contribución de la Secretaría General de la OEA",
        T("""
            Estimados colegas:

            En respuesta a la convocatoria del Grupo de Trabajo sobre la utilización de
            mercenarios, el Departamento de Inclusión Social de la Secretaría General de la
            Organización de los Estados Americanos (OEA) remite la contribución adjunta.

            Saludos cordiales,
            Gabriela Fonseca
            Especialista en migración
            Secretaría General de la OEA, Washington, D.C.
            """),
        "es",
        (IO, "Organización de los Estados Americanos", None),
        acr="OEA",
        alt=("Organization of American States (OAS)", "Organization of American States"),
        tz=-5,
        atts=(
            doc(
                "Contribucion_OEA_GT_mercenarios.pdf",
                "es",
                [
                    "Secretaría General de la Organización de los Estados Americanos (OEA) - Contribución",
                    "Los flujos migratorios en las Américas han crecido de manera notable en los últimos años, en particular desde la República Bolivariana de Venezuela y desde Centroamérica. Varios Estados han reforzado sus controles fronterizos con apoyo de proveedores privados de tecnología y servicios.",
                    "La Secretaría General promueve el intercambio de buenas prácticas entre los Estados Miembros para que la gestión de fronteras respete los derechos de las personas migrantes y refugiadas.",
                    "La Secretaría General considera útil que el Grupo de Trabajo elabore orientaciones sobre la contratación de servicios privados en la gestión migratoria.",
                ],
            ),
        ),
    )
    add(
        "priva-es-vmc",
        ("Vigilancia Marítima del Caribe", "gerencia@vigilanciamaritima.example.com.do"),
        "Contribución de Vigilancia Marítima del Caribe, S.A.",
        T("""
            Estimados señores:

            Vigilancia Marítima del Caribe, S.A., empresa de seguridad portuaria y marítima,
            desea contribuir a la convocatoria del Grupo de Trabajo con el documento adjunto.

            Atentamente,
            Ing. Ramón Peralta
            Gerente general

            """)
        + DISCLAIMER_ES,
        "es",
        (PS, "Vigilancia Marítima del Caribe, S.A.", None),
        alt=("Vigilancia Marítima del Caribe",),
        flags=("disclaimer",),
        tz=-4,
        atts=(
            doc(
                "VMC_contribucion.pdf",
                "es",
                [
                    "Contribución de Vigilancia Marítima del Caribe, S.A.",
                    "Nuestra empresa presta servicios de seguridad en instalaciones portuarias y a bordo de buques mercantes en el Caribe. Con cierta frecuencia, nuestro personal encuentra personas ocultas a bordo o embarcaciones precarias en alta mar.",
                    "Nuestros procedimientos internos obligan a prestar asistencia inmediata, a informar a las autoridades marítimas y migratorias y a no ejercer ninguna medida de detención.",
                    "Consideramos conveniente que las autoridades publiquen protocolos claros para las empresas de seguridad marítima ante estas situaciones.",
                ],
            ),
        ),
    )
    add(
        "indiv-es-castillo",
        ("Mariana Castillo", "mariana.castillo.r@hotmail.com"),
        "Aporte individual a la convocatoria",
        T("""
            Estimados miembros del Grupo de Trabajo:

            Soy trabajadora social y durante tres años trabajé en un albergue de la frontera
            norte de México. Les envío adjunto un breve documento con mis observaciones.
            Pueden publicarlo en la página de la convocatoria.

            Saludos cordiales,
            Mariana Castillo
            """),
        "es",
        (IND, "Mariana Castillo", None),
        conf="publish",
        tz=-7,
        atts=(
            doc(
                "Mariana_Castillo_aporte.pdf",
                "es",
                [
                    "Aporte de Mariana Castillo, trabajadora social",
                    "En el albergue donde trabajé recibíamos a personas devueltas desde Estados Unidos que habían pasado por centros de detención administrados por empresas privadas. Muchas llegaban sin sus medicinas, sin documentos y sin saber dónde estaban sus familiares.",
                    "Las personas con enfermedades crónicas contaban que en esos centros la atención médica dependía de la voluntad de los guardias.",
                    "Creo que las empresas deberían estar obligadas a entregar a cada persona su expediente médico y sus pertenencias al momento de la devolución.",
                ],
            ),
        ),
    )
    add(
        "indiv-es-ibanez",
        ("Jorge Ibáñez", "jorge.ibanez.m@gmail.com"),
        "Mi testimonio - por favor sin mi nombre",
        T("""
            Buenas tardes:

            Trabajé como vigilante de una empresa de seguridad en un centro de internamiento
            de extranjeros. Les adjunto mi testimonio. Acepto que se publique, pero les pido
            que no aparezca mi nombre, porque temo represalias de la empresa.

            Gracias,
            Jorge Ibáñez
            """),
        "es",
        (IND, "Jorge Ibáñez", None),
        conf="publish",
        flags=("anonymous",),
        tz=1,
        atts=(
            doc(
                "testimonio.docx",
                "es",
                [
                    "Testimonio de Jorge Ibáñez, antiguo vigilante de seguridad",
                    "La empresa nos contrataba para vigilar los accesos y las cámaras, pero en la práctica acompañábamos a los internos a todas partes y a veces intervenimos en peleas. Nadie nos explicó qué podíamos hacer y qué no.",
                    "La formación fue de dos días y trataba sobre todo de procedimientos de seguridad. No recibimos formación sobre derechos de las personas internas ni sobre cómo tratar a personas con problemas de salud mental.",
                    "Pienso que las funciones del personal privado deberían estar escritas y ser conocidas por todos, y que debería haber más funcionarios públicos en los centros.",
                ],
            ),
        ),
    )
    add(
        "other-es-apn",
        ("Ayuntamiento de Puerto Nuevo del Mar", "alcaldia@puertonuevodelmar.example.es"),
        "Contribución del Ayuntamiento de Puerto Nuevo del Mar",
        T("""
            Estimados señores:

            El Ayuntamiento de Puerto Nuevo del Mar, municipio costero que recibe con
            frecuencia llegadas de embarcaciones, remite su contribución a la convocatoria.
            No tenemos inconveniente en que se publique.

            Atentamente,
            Concejalía de Servicios Sociales
            Ayuntamiento de Puerto Nuevo del Mar
            """),
        "es",
        (OTH, "Ayuntamiento de Puerto Nuevo del Mar", None),
        conf="publish",
        tz=1,
        atts=(
            doc(
                "Contribucion_Ayuntamiento_Puerto_Nuevo.pdf",
                "es",
                [
                    "Contribución del Ayuntamiento de Puerto Nuevo del Mar",
                    "Las personas que llegan por mar a nuestro municipio son trasladadas a instalaciones provisionales del puerto, custodiadas por una empresa de seguridad contratada por la autoridad portuaria. Los servicios sociales municipales acuden a prestar ayuda, pero no siempre se les permite el acceso.",
                    "El Ayuntamiento no participa en la contratación de estos servicios ni recibe información sobre las condiciones de estancia.",
                    "Solicitamos que los municipios de llegada sean consultados y que los servicios sociales tengan acceso garantizado a las personas recién llegadas.",
                ],
            ),
        ),
    )
    add(
        "nots-es-ausencia",
        ("Verónica Salgado", "vsalgado@redfronterasur.example.org"),
        "Respuesta automática: Acuse de recibo de su contribución",
        T("""
            Gracias por su mensaje. Me encuentro fuera de la oficina hasta el 23 de marzo, sin
            acceso regular al correo electrónico. Para asuntos urgentes, pueden escribir a mi
            colega en la dirección general de la organización. Responderé a su mensaje a mi
            regreso.

            Verónica Salgado
            """),
        "es",
        (None, None, None),
        kind="auto_reply",
        headers=(("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")),
        tz=-6,
        trap="out-of-office",
    )
