# ruff: noqa: E501
"""Phase 8: a fourth set of ordinary messages, as one season of a real mailbox brings them.

Each message was written by hand, greeting to signature, apart from the detectors and from
the earlier phases, about a third each in English, French and Spanish: NGOs large and
small, university centres and legal clinics, States (notes verbales, ministries' letters),
national human rights institutions and intergovernmental bodies under their real names,
companies and business associations, unions, faith groups, a municipality,
parliamentarians, individuals (relatives of detained people, former guards, lawyers writing
alone) and joint submissions. Most send a PDF or DOCX whose title page or letterhead names
the sender; a few write everything in the body, a few send two documents. Signatures come
in every shape, some with an organisation's e-mail disclaimer under them.

Most say nothing about publication; many consent in their own words; some refuse, in the
body, in a cover note, in a document's footer or on its last page; some ask to be
published without their name; a few keep only an annex back or set a date before which
nothing may go online. Many documents discuss confidentiality as their subject (contracts
kept secret, complaints filed anonymously, audits a company does not publish) without
asking anything about the submission. Six messages are not submissions (a meeting
request, a journalist's question, a thank-you in a thread, a newsletter, questions about
the deadline and the format); a few submissions arrive after the deadline, a few are
replies in a thread or forwarded by a colleague. Numbered after every other message (see
make_eval.py), so that adding them changes no earlier file.
"""

from __future__ import annotations

import datetime as dt
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
    UTC,
    Spec,
    T,
    docx_file,
    pdf,
)
from _catalogue_ordinary2 import doc, spec

PHASE = 8
_SPECS: list[tuple[int, Spec]] = []

# The Message-ID of the secretariat's e-mail that issued the call.
CALL_ID = "<call-2020-02-03@ohchr.example>"


def add(
    slug: str,
    *args: Any,
    received: dt.datetime | None = None,
    inner: Spec | None = None,
    in_reply_to: str | None = None,
    cc: str | None = None,
    **kwargs: Any,
) -> None:
    """One message (see `_catalogue_ordinary2.spec`), with what a thread or a late arrival
    adds: an explicit receipt time, a forwarded message, the message it answers, a copy."""
    one = spec("ord4", slug, *args, **kwargs)
    one.received, one.inner, one.in_reply_to, one.cc = received, inner, in_reply_to, cc
    _SPECS.append((PHASE, one))


def after(day: int, hour: int, minute: int) -> dt.datetime:
    """A receipt time in March 2020 (UTC); the call closed at 23:00 UTC on 17 March."""
    return dt.datetime(2020, 3, day, hour, minute, 38, tzinfo=UTC)


def catalogue_ordinary4() -> list[tuple[int, Spec]]:
    _SPECS.clear()
    english()
    french()
    spanish()
    return list(_SPECS)


DISCLAIMER_AU = T("""
    --
    IMPORTANT: This email and any attachments may contain confidential or privileged
    information. If you have received it in error, you must not read, copy, use or
    disclose it; please notify us by return email and delete it. Open Gates Refugee
    Council acknowledges the Traditional Owners of the lands on which we work.
    """)
DISCLAIMER_CO = T("""
    _____________________________________________
    This message is intended for the addressee only and may contain information that is
    confidential or protected from disclosure. Unauthorised review, use or forwarding is
    strictly prohibited. AOISP accepts no liability for viruses transmitted by e-mail.
    """)
DISCLAIMER_CM = T("""
    ---
    AVERTISSEMENT : ce courriel et les fichiers qui y sont attachés sont strictement
    réservés à l'usage de leurs destinataires et peuvent contenir des informations
    confidentielles. Si ce message vous est parvenu par erreur, veuillez le supprimer et
    en informer l'expéditeur. Pensez à l'environnement avant d'imprimer ce message.
    """)
DISCLAIMER_PE = T("""
    --
    AVISO DE CONFIDENCIALIDAD: La información contenida en este mensaje y sus anexos es
    reservada y para uso exclusivo de la persona o entidad a la que va dirigida. Si usted
    no es el destinatario, se le notifica que cualquier revisión, difusión o copia está
    prohibida. Si lo recibió por error, por favor avise al remitente y elimínelo.
    """)


# ====================================================================== English


def english() -> None:
    english_ngos()
    english_academics()
    english_states()
    english_institutions()
    english_others()


def english_ngos() -> None:
    add(
        "civil-en-rfo",
        ("Removal Flights Observatory", "observatory@removalflights.example.org"),
        "Submission to the WG on mercenaries - charter removal flights",
        T("""
            Dear Working Group secretariat,

            The Removal Flights Observatory is pleased to send you the attached submission
            on the private escort companies that staff charter removal flights from Europe.
            We are happy for it to go up on your website alongside the other inputs.

            Warm regards,

            Ingrid Sæther | Research Lead
            Removal Flights Observatory
            www.removalflights.example.org | +44 20 7946 0312
            """),
        "en",
        (CS, "Removal Flights Observatory", None),
        acr="RFO",
        conf="publish",
        tz=0,
        atts=(
            doc(
                "RFO_submission_charter_flights_2020.pdf",
                "en",
                [
                    "Removal Flights Observatory (RFO) - Submission on private escorts on charter removal flights",
                    "Since 2016 the Observatory has tracked 318 charter flights that removed people from European States to 27 countries of destination. Flight data were collected from aviation tracking services and cross-checked with lawyers and families. On every flight whose staffing we could establish, the escorts were employees of private security firms rather than public officials.",
                    "Escort teams commonly outnumber the people removed by two or three to one. People removed described waist restraint belts worn for the whole flight, including during meals and visits to the toilet, and escorts sitting on either side of them for up to fourteen hours.",
                    "Monitors are present on some flights, but their reports reach the public many months later, describe incidents in general terms and do not identify the firm that employed the escorts involved. The charter airlines themselves state that they bear no responsibility for what happens in the cabin during these flights.",
                    "RFO asks the Working Group to recommend that States publish, for every charter removal flight, the date, destination, number of people removed, the company providing the escorts and a summary of any use of force.",
                ],
            ),
        ),
    )
    add(
        "civil-en-ogrc",
        ("Liam Hartigan", "l.hartigan@opengates.example.org.au"),
        "Input: offshore processing contractors (Open Gates Refugee Council)",
        T("""
            Good afternoon,

            On behalf of the Open Gates Refugee Council I attach our input to the Working
            Group's call, which looks at the companies contracted to run garrison and welfare
            services in offshore processing centres.

            Regards,
            Liam Hartigan
            Policy and Advocacy Manager
            Open Gates Refugee Council
            Level 3, 114 Crown Street, Surry Hills NSW 2010
            T +61 2 9211 4470

            """)
        + DISCLAIMER_AU,
        "en",
        (CS, "Open Gates Refugee Council", None),
        flags=("disclaimer",),
        tz=11,
        atts=(
            doc(
                "OGRC_input_WG_mercenaries.docx",
                "en",
                [
                    "Open Gates Refugee Council - Input to the Working Group on the use of mercenaries",
                    "For more than seven years the Australian Government has paid private companies to provide security, cleaning, catering and welfare services in the regional processing centres on Nauru and Manus Island. Over that period the total value of these contracts exceeded several billion dollars.",
                    "The contracts were awarded through limited tender processes, and in one case to a company with very little prior experience. The National Audit Office found serious weaknesses in how the contracts were procured and managed.",
                    "People held in the centres described guards who used force during protests, searches conducted at night and long periods of isolation in separate compounds. Incident reports written by the contractors were leaked to the media in 2016; they had never been made public by the Government.",
                    "Staff of the contractors were bound by strict secrecy provisions, and some who spoke out about conditions faced the threat of prosecution. These provisions were later narrowed after a court challenge by doctors.",
                    "We urge the Working Group to examine offshore processing arrangements as a form of privatised detention beyond the reach of domestic oversight.",
                ],
            ),
        ),
    )
    add(
        "civil-en-kurf",
        ("KURF Secretariat", "secretariat@kurf.example.or.ke"),
        "Kenya Urban Refugee Forum - submission to the call for inputs",
        T("""
            Dear Sir/Madam,

            Kindly find attached the submission of the Kenya Urban Refugee Forum on the role
            of private security guards at refugee registration points and government offices
            in Nairobi.

            Yours faithfully,
            for KURF Secretariat
            Eastleigh, Nairobi
            """),
        "en",
        (CS, "Kenya Urban Refugee Forum", None),
        acr="KURF",
        tz=3,
        atts=(
            doc(
                "KURF_submission.docx",
                "en",
                [
                    "Kenya Urban Refugee Forum (KURF), Nairobi - Submission",
                    "Refugees and asylum seekers in Nairobi must visit government offices to register, renew documents and collect movement passes. Entry to these offices is controlled by guards employed by private security companies, who decide who joins the queue and who is turned away.",
                    "Members of the Forum report that some guards ask for money to let people in or to move them up the queue, and that women have been harassed while waiting outside at night. Complaints to the office are rarely answered, and people fear that complaining will delay their documents.",
                    "During screening exercises in 2019, guards at one office kept lists of people who had been turned away and shared them with police officers at the gate, who then arrested several people for being in the city without a pass.",
                    "KURF recommends that access to registration services be managed by public officers, that guards wear visible identification and that a complaints line independent of the office be set up.",
                ],
            ),
        ),
    )
    add(
        "civil-en-ccsn",
        ("Channel Crossings Support Network", "ccsn.coordination@gmail.com"),
        "Information for the Working Group - port security contractors",
        T("""
            Dear Secretariat,

            We are a network of volunteers on both sides of the Channel. Attached is a
            paper on the private security firms that guard the port and the lorry parks. We
            are sharing it for the Working Group's information only, and we ask you not to
            put it online or cite it by name: several of the people quoted are still in the
            camps and would be easy to recognise.

            Thank you,
            Channel Crossings Support Network
            """),
        "en",
        (CS, "Channel Crossings Support Network", None),
        conf="confidential",
        tz=1,
        atts=(
            doc(
                "paper_port_security.pdf",
                "en",
                [
                    "Channel Crossings Support Network - Paper on private security at the port and lorry parks",
                    "Security at the ferry port, the tunnel terminal and several lorry parks is provided by private companies working for the port operator, for hauliers and for the authorities. Their guards patrol fences, search lorries with dogs and carbon dioxide detectors and hand people they find to the police.",
                    "People told our volunteers that guards had used dogs to chase them from the lorry parks and that some had been struck with batons. Several showed bite wounds that volunteers photographed and recorded.",
                    "Because the guards work for different companies, and the companies for different clients, it is almost impossible for a person to know whom to complain to. The police say the guards are not their responsibility; the port operator refers complaints to the contractor.",
                    "We recommend that any guard who may come into contact with people trying to cross be trained, identifiable and covered by an independent complaints procedure.",
                ],
            ),
        ),
    )
    add(
        "civil-en-lcri",
        ("Abena Darko", "abena.darko@lighthousechildrights.example.org"),
        "LCRI submission + data annex",
        T("""
            Dear colleagues at OHCHR,

            Please find attached the Lighthouse Child Rights Initiative's submission, with a
            separate annex containing the figures we collected on children placed in hotels
            run by private contractors. Both documents may be published on the call's page.

            With best wishes,
            Abena Darko
            Head of Advocacy
            Lighthouse Child Rights Initiative (LCRI)
            """),
        "en",
        (CS, "Lighthouse Child Rights Initiative", None),
        acr="LCRI",
        conf="publish",
        tz=0,
        atts=(
            doc(
                "LCRI_submission_children_in_contracted_hotels.pdf",
                "en",
                [
                    "Lighthouse Child Rights Initiative (LCRI) - Submission on unaccompanied children in contracted hotels",
                    "When reception places ran short in 2019, unaccompanied children arriving at the border were placed in hotels rented by the authorities and guarded by private security staff. The contracts for these hotels were signed under emergency procedures and contain no child protection requirements.",
                    "Children told our caseworkers that the guards were the only adults present at night, that doors were locked from the outside and that older teenagers were sometimes placed with adults. No social worker was on site after six in the evening.",
                    "At least nineteen children went missing from two of these hotels in six months. The guards had been instructed to report absences to the police only after twenty-four hours.",
                    "LCRI calls for an end to the use of hotels for unaccompanied children and for all staff in contact with children to be vetted and trained in child protection.",
                ],
            ),
            docx_file(
                "LCRI_annex_figures.docx",
                "en",
                [
                    "Annex: placements of unaccompanied children in contracted hotels, January-December 2019",
                    "The figures below were compiled by LCRI from replies to information requests and from our own casework.",
                ],
                title="Lighthouse Child Rights Initiative - Data annex",
                table=[
                    ["Quarter", "Children placed", "Reported missing", "Found"],
                    ["Q1 2019", "84", "3", "2"],
                    ["Q2 2019", "131", "7", "4"],
                    ["Q3 2019", "167", "6", "3"],
                    ["Q4 2019", "102", "3", "1"],
                ],
                table_at=2,
            ),
        ),
    )
    add(
        "civil-en-mwsh",
        ("MWSH", "hello@mwsolidarityhub.example.net"),
        "Submission on guarded dormitories - please do not name our organisation",
        T("""
            Dear Sir or Madam,

            Attached is our submission on the security firms that guard migrant worker
            dormitories and carry out identity checks for employers. You are welcome to
            publish it, but we ask that it appear without the name of our organisation, as
            our caseworkers visit these dormitories every week and need continued access.

            Best,
            Migrant Workers Solidarity Hub
            """),
        "en",
        (CS, "Migrant Workers Solidarity Hub", None),
        acr="MWSH",
        conf="publish",
        flags=("anonymous",),
        tz=8,
        atts=(
            doc(
                "submission_guarded_dormitories.pdf",
                "en",
                [
                    "Migrant Workers Solidarity Hub - Submission on private security in migrant worker dormitories",
                    "Several hundred thousand migrant workers in the region live in purpose-built dormitories operated by private companies. Access is controlled by security guards at turnstiles, who scan work permits and record every entry and exit.",
                    "Workers whose permits have been cancelled by their employer, often after a dispute over wages, are stopped at the gate, held in a guard room and handed to immigration officers. Guards told our caseworkers that they receive daily lists of cancelled permits from the employers.",
                    "The records of entries and exits are kept by the dormitory operators and shared with employers on request. Workers do not know how long the data is kept or who else may see it.",
                    "We ask the Working Group to recommend that private guards never detain workers on immigration grounds and that dormitory entry data be protected by law.",
                ],
            ),
        ),
    )
    add(
        "civil-en-smrw",
        ("Moussa Coulibaly", "m.coulibaly@sahelmobility.example.org"),
        "Sahel Mobility Rights Watch: contribution to call on PMSCs and borders",
        T("""
            Dear Working Group,

            Sahel Mobility Rights Watch respectfully submits the attached contribution on
            the private contractors that build, equip and train border posts in the Sahel
            with funding from European donors.

            Sincerely,

            Moussa Coulibaly
            Programme Director
            Sahel Mobility Rights Watch
            Quartier Hamdallaye ACI 2000, Bamako, Mali
            Tel: +223 20 29 41 87 | Mob: +223 76 41 52 09
            smrw.example.org
            """),
        "en",
        (CS, "Sahel Mobility Rights Watch", None),
        tz=0,
        atts=(
            doc(
                "SMRW_contribution_border_posts_Sahel.pdf",
                "en",
                [
                    "Sahel Mobility Rights Watch - Contribution on private contractors at Sahel border posts",
                    "Since 2016, border posts in Mali, Niger and Burkina Faso have been built or upgraded with funds from European donors. Much of the work, from construction to the installation of biometric registration systems and the training of border police, has been subcontracted to private companies, some of them run by former military officers.",
                    "Training courses delivered by these companies include modules on the interception of irregular migrants and on the use of force. Course materials are not public, and national authorities told us they had not reviewed them.",
                    "Traditional routes of seasonal movement across the region are now watched by border posts that record travellers' fingerprints. People from border communities, who have crossed freely for generations, now report being turned back or asked for payments.",
                    "We call on donors to publish the contracts they finance and to require that trainers and equipment suppliers meet human rights standards.",
                ],
            ),
        ),
    )
    add(
        "civil-en-drab",
        ("Data Rights at Borders", "info@datarightsatborders.example.org"),
        "DRAB submission - visa outsourcing and biometric data",
        T("""
            Dear Secretariat,

            Attached is the submission of Data Rights at Borders on the handling of
            fingerprints and personal data by visa application centres. Please let me know
            if anything in it needs clarifying.

            Kind regards,
            Tobias Brenner
            Legal Officer
            Data Rights at Borders (DRAB) - Berlin
            """),
        "en",
        (CS, "Data Rights at Borders", None),
        acr="DRAB",
        tz=1,
        atts=(
            doc(
                "DRAB_submission_visa_centres.pdf",
                "en",
                [
                    "Data Rights at Borders (DRAB) - Submission on biometric data in outsourced visa processing",
                    "Most Schengen States now use private service providers to receive visa applications abroad. Applicants give their fingerprints and photograph at the provider's centre, and the data pass through the provider's systems before reaching the consulate.",
                    "Providers say that they are certified against information security standards and that their systems are audited regularly. The audit reports are not published; the largest provider told us that it treats them as commercially sensitive and shares them only with its government clients.",
                    "Applicants are asked to sign consent forms in which they accept that their data may be shared with third parties. Many are also offered paid premium services, such as text message updates, which require additional personal data.",
                    "DRAB recommends that audit findings on the handling of biometric data by providers be made public and that consent forms be reviewed by data protection authorities.",
                ],
            ),
        ),
    )
    add(
        "civil-en-rvfd",
        ("Rio Valley Family Defense", "intake@riovalleyfamily.example.org"),
        "Late submission - Rio Valley Family Defense",
        T("""
            Dear members of the Working Group secretariat,

            I apologize that this reaches you a day after the deadline: our small team was
            in the family detention center for most of last week. We hope the attached
            submission can still be of use.

            Respectfully,
            Gabriela Montes, Esq.
            Director, Rio Valley Family Defense
            McAllen, TX
            """),
        "en",
        (CS, "Rio Valley Family Defense", None),
        tz=-5,
        received=after(18, 21, 47),
        atts=(
            doc(
                "RVFD_submission_family_detention.pdf",
                "en",
                [
                    "Rio Valley Family Defense - Submission on privately operated family detention",
                    "The two largest family detention centers in the United States are operated by private prison corporations under agreements with the federal immigration agency and local governments. Mothers and children are held there, sometimes for months, while their asylum claims are processed.",
                    "Our volunteer attorneys met more than 1,400 families in 2019. Mothers described room checks every fifteen minutes through the night, which kept their children from sleeping, and punishment for minor breaches such as keeping food in their rooms.",
                    "Medical care is provided by a contractor of the facility operator. Several families told us that children with high fevers were given only water and ibuprofen and told to come back the next day.",
                    "We ask the Working Group to call for an end to family detention and, until then, for independent monitoring with unannounced visits.",
                ],
            ),
        ),
    )
    add(
        "joint-en-mra",
        ("Mediterranean Rescue Alliance", "coordination@medrescuealliance.example.org"),
        "Joint submission: MRA, Sea Witness, Port Solidarity Malta, Harbour Lawyers",
        T("""
            Dear Working Group,

            Please find attached a joint submission by the Mediterranean Rescue Alliance,
            Sea Witness, Port Solidarity Malta and Harbour Lawyers, on private vessels and
            security teams involved in interceptions at sea. The four organisations agree
            to its publication.

            Best regards,
            Chiara Lombardi
            on behalf of the four signatories
            """),
        "en",
        (CS, "Mediterranean Rescue Alliance and 3 others", None),
        alt=(
            "Mediterranean Rescue Alliance, Sea Witness, Port Solidarity Malta and Harbour Lawyers",
        ),
        conf="publish",
        tz=1,
        cc="seawitness@seawitness.example.org, info@portsolidarity.example.mt",
        atts=(
            doc(
                "Joint_submission_MRA_private_vessels.pdf",
                "en",
                [
                    "Joint submission of the Mediterranean Rescue Alliance (lead), Sea Witness, Port Solidarity Malta and Harbour Lawyers",
                    "Since 2018 our organisations have documented cases in which privately owned vessels, including fishing boats and offshore supply ships, were asked by maritime authorities to approach boats in distress and take the people on board back to the port they had left.",
                    "In several cases the private vessels carried armed security teams hired to protect offshore installations. Survivors described being ordered at gunpoint to climb aboard and being held on deck for up to two days.",
                    "The instructions given to these vessels are not recorded in any public log, and the companies decline to comment, citing their contracts with national authorities.",
                    "The signatories urge the Working Group to clarify that private actors who carry out returns at sea on behalf of States act under the responsibility of those States, and that the law of the sea obliges them to deliver survivors to a place of safety.",
                ],
            ),
        ),
    )
    add(
        "civil-en-brlc",
        ("Balkan Route Legal Collective", "brlc@riseup.net"),
        "RE: Call for inputs: The role of private military and security companies in immigration and border management",
        T("""
            Dear colleagues,

            Thank you for circulating the call. Our contribution, on private security at
            reception camps and informal border crossings along the Balkan route, is
            attached.

            Solidarity,
            Balkan Route Legal Collective

            -----Original Message-----
            From: WG Mercenaries (OHCHR) <wg-mercenaries@ohchr.example>
            Sent: Monday, 3 February 2020 10:12
            Subject: Call for inputs: The role of private military and security companies
            in immigration and border management

            > Dear colleagues,
            > The Working Group on the use of mercenaries invites States, civil society
            > and other stakeholders to contribute to its forthcoming report to the Human
            > Rights Council. Submissions of no more than 2,500 words may be sent by
            > 17 March 2020. All inputs received will be posted on the OHCHR website
            > unless the submitting party indicates that it should be treated as
            > confidential.
            """),
        "en",
        (CS, "Balkan Route Legal Collective", None),
        tz=1,
        in_reply_to=CALL_ID,
        trap="reply to the call quoting its text on confidentiality: unspecified",
        atts=(
            doc(
                "BRLC_contribution.pdf",
                "en",
                [
                    "Balkan Route Legal Collective - Contribution",
                    "Reception camps along the route are run by international organisations and national authorities, but their gates, fences and internal order are in the hands of private security companies. Residents need the guards' permission to leave the camp, and people who return after curfew are refused entry and left outside overnight.",
                    "Residents reported beatings by guards inside the camps, in places without cameras, and the confiscation of phones that had been used to film incidents. The companies' internal investigations, where they took place, were never shared with the people who complained.",
                    "Near informal border crossings, people were stopped by men in uniforms of private firms who searched them, took their money and called the border police.",
                    "We ask that camp security be placed under clear public responsibility and that every incident of force be recorded and reviewed independently.",
                ],
            ),
        ),
    )


def english_academics() -> None:
    add(
        "acade-en-ihrc",
        ("Carrow Human Rights Clinic", "hrclinic@law.carrow.example.edu"),
        "International Human Rights Clinic (Carrow Law) - submission and Annex B",
        T("""
            Dear Secretariat,

            The International Human Rights Clinic at Carrow University School of Law submits
            the enclosed memorandum and two annexes. The memorandum and Annex A, a survey of
            state contracting laws, may be published. Annex B reproduces declarations of
            our clients and must remain confidential; please do not post it or share it
            beyond the Working Group.

            Sincerely,
            Prof. Nathaniel Ives
            Director, International Human Rights Clinic
            Carrow University School of Law
            """),
        "en",
        (AC, "International Human Rights Clinic, Carrow University School of Law", None),
        alt=("International Human Rights Clinic at Carrow University School of Law",),
        conf="confidential",
        flags=("partial_confidential",),
        tz=-5,
        trap="only Annex B withheld: confidential + partial_confidential",
        atts=(
            doc(
                "Carrow_IHRC_memorandum.pdf",
                "en",
                [
                    "International Human Rights Clinic, Carrow University School of Law - Memorandum to the Working Group",
                    "This memorandum examines how immigration detention contracts with private operators allocate responsibility for the rights of detained people. We reviewed 46 contracts and intergovernmental agreements obtained through records requests and litigation.",
                    "Most contracts incorporate detention standards by reference but allow the operator to propose its own policies, which the agency approves without publishing them. Penalties for failing to meet the standards were applied in fewer than one in twenty of the inspections we reviewed.",
                    "Several agreements are structured through a local government that receives a fee for each detained person and subcontracts the entire operation to a private company, which places the facility outside the agency's own procurement rules.",
                    "The Clinic recommends that detention standards be binding regulations rather than contract terms and that failures be published with the name of the operator.",
                ],
            ),
            doc(
                "Carrow_IHRC_Annex_A_state_laws.pdf",
                "en",
                [
                    "Annex A - State laws on contracting for immigration detention",
                    "Six states have enacted laws restricting private immigration detention since 2017. Their provisions differ on whether existing contracts may be renewed and whether local governments may act as intermediaries.",
                ],
            ),
            doc(
                "Carrow_IHRC_Annex_B_client_declarations.pdf",
                "en",
                [
                    "Annex B - Client declarations",
                    "Declarations of four clients describing conditions, use of force and medical care in two privately operated facilities.",
                ],
            ),
        ),
    )
    add(
        "acade-en-imss",
        ("Dr Harriet Okafor", "h.okafor@elmsworth.example.ac.uk"),
        "Submission from the Institute for Migration and Security Studies, University of Elmsworth",
        T("""
            Dear Working Group,

            Attached is a submission prepared by researchers at the Institute for Migration
            and Security Studies, University of Elmsworth. It is based on a three-year
            study of the security industry's role in detention and removal.

            Best wishes,
            Harriet

            Dr Harriet Okafor
            Senior Lecturer in Criminology
            Institute for Migration and Security Studies
            University of Elmsworth
            """),
        "en",
        (AC, "Institute for Migration and Security Studies, University of Elmsworth", None),
        acr="IMSS",
        alt=("Institute for Migration and Security Studies",),
        tz=0,
        atts=(
            doc(
                "IMSS_Elmsworth_submission.pdf",
                "en",
                [
                    "Institute for Migration and Security Studies (IMSS), University of Elmsworth - Submission",
                    "Our study combined interviews with 58 detention custody officers, managers and escorts with observation in three removal centres and on escorted journeys. Participants were interviewed on condition of anonymity and are identified in our publications only by role.",
                    "Officers described a job in which the commercial targets of the contract shaped daily work: the number of escorts per journey, the length of shifts and how quickly a room had to be searched. Several said that they had learned to restrain people from colleagues rather than in training.",
                    "Managers told us that the contract's performance measures counted incidents but not their causes, so that a quiet wing could hide poor treatment while a wing where people complained would be seen as failing.",
                    "The companies' training manuals were shown to us under a non-disclosure agreement. We can say that they devote far more time to control and restraint than to communication or mental health.",
                    "We recommend that performance measures in detention contracts include the views of detained people, and that training content be approved and published by the public authority.",
                ],
            ),
        ),
    )
    add(
        "acade-en-securborder",
        ("SECURBORDER project", "securborder@tallmoor.example.ac.uk"),
        "SECURBORDER research project - submission (sorry for the delay)",
        T("""
            Dear Secretariat,

            We are aware that the deadline passed on Tuesday, but hope you will still accept
            the attached submission from the SECURBORDER research project at the University
            of Tallmoor. We consent to its publication on the OHCHR website.

            Kind regards,
            Prof. Aleksander Nowicki, Principal Investigator
            Dr Grace Achterberg, Postdoctoral Researcher
            SECURBORDER - School of Law and Politics, University of Tallmoor
            """),
        "en",
        (AC, "SECURBORDER research project, University of Tallmoor", None),
        alt=("SECURBORDER project, University of Tallmoor", "SECURBORDER, University of Tallmoor"),
        conf="publish",
        tz=0,
        received=after(19, 10, 26),
        atts=(
            doc(
                "SECURBORDER_submission_WG.pdf",
                "en",
                [
                    "SECURBORDER research project, School of Law and Politics, University of Tallmoor - Submission",
                    "SECURBORDER studies the market for border security in Europe and North Africa. Our database records 1,120 public contracts awarded between 2014 and 2019 for services at or near borders, from surveillance systems to guarding and transport.",
                    "Contracts for services that involve direct contact with people, such as guarding, escorts and transport of migrants, made up a growing share of the total. Yet the published notices rarely describe these tasks, and in about a third of cases the name of the company was not published at all.",
                    "A small number of companies won most of the contracts across several countries, often in consortia with defence firms.",
                    "We recommend that States publish contract notices that describe the tasks involving contact with people, and that a common European register of such contracts be created.",
                ],
            ),
        ),
    )


def english_states() -> None:
    add(
        "state-en-aut",
        ("Permanent Mission of Austria Geneva", "genf-ov@bmeia-austria.example"),
        "Austria - Note Verbale - Call for inputs WG mercenaries",
        T("""
            Dear Madam/Sir,

            Please find attached Note Verbale No. Genf-OV/0347/2020 of the Permanent Mission
            of Austria, transmitting Austria's contribution to the call for inputs.

            With kind regards,
            Human Rights Section
            Permanent Mission of Austria to the United Nations, Geneva
            """),
        "en",
        (MS, "Austria", "AUT"),
        alt=("Republic of Austria",),
        tz=1,
        atts=(
            doc(
                "NV_Austria_0347_2020.pdf",
                "en",
                [
                    "Permanent Mission of Austria to the United Nations Office at Geneva - Note Verbale No. Genf-OV/0347/2020",
                    "The Permanent Mission of Austria to the United Nations Office and the other international organizations in Geneva presents its compliments to the Office of the United Nations High Commissioner for Human Rights and, with reference to the call for inputs of the Working Group on the use of mercenaries, has the honour to convey the following contribution of the Federal Ministry of the Interior.",
                    "Border control in Austria is carried out by the Federal Police. Detention pending removal is executed in police detention centres. At the detention centre at Vordernberg, the municipality has contracted a private company to provide services such as catering, cleaning, care and interpretation, while all tasks involving the exercise of official authority remain with the police.",
                    "Persons held in detention pending removal have access to legal counselling and may address complaints to the Austrian Ombudsman Board, which visits places of detention as the national preventive mechanism.",
                    "The Permanent Mission of Austria avails itself of this opportunity to renew to the Office of the High Commissioner the assurances of its highest consideration.",
                ],
            ),
        ),
    )
    add(
        "state-en-bgd",
        ("Bangladesh Mission Geneva", "pmgeneva@mofa-bangladesh.example"),
        "Submission of Bangladesh: call for inputs on PMSCs in immigration and border management",
        T("""
            Dear Sir/Madam,

            The Permanent Mission of the People's Republic of Bangladesh to the United
            Nations Office at Geneva is pleased to transmit herewith the contribution of the
            Government of Bangladesh. The Mission has no objection to the contribution
            being posted on the website of OHCHR.

            Best regards,
            Md. Rafiqul Islam
            Counsellor
            Permanent Mission of Bangladesh, Geneva
            """),
        "en",
        (MS, "Bangladesh", "BGD"),
        alt=("People's Republic of Bangladesh",),
        conf="publish",
        tz=1,
        atts=(
            doc(
                "Bangladesh_contribution_WG_mercenaries.docx",
                "en",
                [
                    "Contribution of the Government of the People's Republic of Bangladesh",
                    "Bangladesh is primarily a country of origin of migrant workers. Border management is carried out by the Border Guard Bangladesh and immigration control at airports by the Special Branch of the Bangladesh Police.",
                    "The Government is concerned about reports that Bangladeshi migrant workers abroad have been held in detention facilities and camps guarded by private security companies, sometimes for long periods before deportation, without consular access.",
                    "The Ministry of Expatriates' Welfare and Overseas Employment and Bangladesh missions abroad assist nationals who are detained. The Government encourages countries of destination to ensure that private companies engaged in detention respect the rights of migrant workers.",
                ],
            ),
        ),
    )
    add(
        "state-en-pol",
        ("Permanent Mission of Poland", "geneva.onz.secretariat@msz-poland.example"),
        "Note verbale - Poland - WG on the use of mercenaries",
        T("""
            Dear Sir or Madam,

            The Permanent Mission of the Republic of Poland to the United Nations Office in
            Geneva presents its compliments and kindly transmits the enclosed note.

            Yours sincerely,
            Permanent Mission of the Republic of Poland
            """),
        "en",
        (MS, "Poland", "POL"),
        alt=("Republic of Poland",),
        conf="confidential",
        tz=1,
        trap="the refusal is the note verbale's last operative paragraph",
        atts=(
            doc(
                "NV_Poland_WG_mercenaries.pdf",
                "en",
                [
                    "Permanent Mission of the Republic of Poland to the United Nations Office in Geneva - Note verbale",
                    "The Permanent Mission of the Republic of Poland presents its compliments to the Office of the United Nations High Commissioner for Human Rights and, in reply to the call for inputs of the Working Group on the use of mercenaries, has the honour to provide the following information.",
                    "The protection of the State border of the Republic of Poland is the responsibility of the Border Guard, a uniformed formation subordinate to the Minister of the Interior and Administration. Guarded centres for foreigners are run by the Border Guard and staffed by its officers.",
                    "Private security companies licensed under national law may protect the premises of airports and seaports and may perform security screening of passengers and baggage under the supervision of the competent authorities. They do not carry out border checks.",
                    "The Permanent Mission wishes to indicate that the above information is provided for the use of the Working Group in the preparation of its report and is not intended for publication.",
                    "The Permanent Mission of the Republic of Poland avails itself of this opportunity to renew to the Office of the High Commissioner the assurances of its highest consideration.",
                ],
            ),
        ),
    )
    add(
        "state-en-nld",
        ("NL Mission Geneva", "gen-pv@minbuza-nl.example"),
        "Kingdom of the Netherlands - input to the call for inputs of the WG on mercenaries",
        T("""
            Dear colleagues,

            Attached please find the input of the Kingdom of the Netherlands, prepared by
            the Ministry of Justice and Security.

            Best regards,

            Sanne de Vries
            Second Secretary - Human Rights
            Permanent Representation of the Kingdom of the Netherlands to the UN in Geneva
            """),
        "en",
        (MS, "Netherlands", "NLD"),
        alt=("Kingdom of the Netherlands", "Netherlands (Kingdom of the)"),
        tz=1,
        atts=(
            doc(
                "Netherlands_input_WG_mercenaries.docx",
                "en",
                [
                    "Input of the Kingdom of the Netherlands",
                    "Border control in the European part of the Netherlands is carried out by the Royal Netherlands Marechaussee. Detention of foreign nationals for the purpose of removal takes place in detention centres of the Custodial Institutions Agency of the Ministry of Justice and Security.",
                    "Private security staff are employed in a limited number of supporting roles, such as the guarding of the outer perimeter of certain locations and in reception centres of the Central Agency for the Reception of Asylum Seekers. They work under the direction of public officials and must meet the requirements of the Private Security Organisations and Detective Agencies Act.",
                    "The Inspectorate of Justice and Security supervises the execution of detention and the removal process, including escorts, and publishes its reports.",
                ],
            ),
        ),
    )


def english_institutions() -> None:
    add(
        "nhri-en-ehrc",
        ("EHRC Human Rights Policy", "humanrights.policy@equalityhumanrights.example.com"),
        "Equality and Human Rights Commission - submission to the Working Group on the use of mercenaries",
        T("""
            Dear Working Group secretariat,

            Please find attached the submission of the Equality and Human Rights Commission,
            the national human rights institution for England and Wales and, for matters
            not devolved, Scotland.

            Kind regards,

            Rhiannon Pryce
            Principal, Human Rights Monitoring
            Equality and Human Rights Commission
            Arndale House, The Arndale Centre, Manchester M4 3AQ
            """),
        "en",
        (NHRI, "Equality and Human Rights Commission", "GBR"),
        acr="EHRC",
        tz=0,
        atts=(
            doc(
                "EHRC_submission_UN_WG_mercenaries_March_2020.pdf",
                "en",
                [
                    "Equality and Human Rights Commission (EHRC) - Submission to the UN Working Group on the use of mercenaries",
                    "All immigration removal centres in Great Britain except one are run by private companies under contract with the Home Office, as are escorting services and short-term holding facilities at ports. The Commission has long raised concerns about the absence of a time limit on immigration detention.",
                    "An independent review commissioned by the Government found that vulnerable people continued to be detained and that safeguards for those at risk did not work as intended. Undercover filming at one centre in 2017 showed staff of the contractor mocking and abusing detained people.",
                    "The Commission notes that contractors are subject to the Human Rights Act 1998 when performing public functions, but that the case law on which private bodies perform such functions is uncertain, and that many detained people do not have access to legal advice to enforce their rights.",
                    "The Commission recommends a statutory time limit on immigration detention, the extension of freedom of information law to contractors performing public functions, and binding standards for the use of force by escorts.",
                ],
            ),
        ),
    )
    add(
        "nhri-en-komnasham",
        ("Komnas HAM", "pengaduan.international@komnasham.example.go.id"),
        "Komnas HAM input - WG on mercenaries call on immigration and border management",
        T("""
            Dear Sir/Madam,

            With respect, we submit the input of the National Commission on Human Rights of
            the Republic of Indonesia (Komnas HAM). We agree that it may be published on the
            OHCHR website.

            Best regards,
            Dewi Anggraini
            Bureau of Cooperation and International Relations
            Komnas HAM RI
            Jl. Latuharhary No. 4B, Menteng, Jakarta Pusat
            """),
        "en",
        (NHRI, "National Commission on Human Rights of Indonesia", "IDN"),
        acr="Komnas HAM",
        alt=(
            "Indonesian National Commission on Human Rights",
            "Indonesian National Commission on Human Rights (Komnas HAM)",
            "National Commission on Human Rights of the Republic of Indonesia",
            "Komnas HAM",
        ),
        conf="publish",
        tz=7,
        atts=(
            doc(
                "Komnas_HAM_input_WG_mercenaries.pdf",
                "en",
                [
                    "National Commission on Human Rights of the Republic of Indonesia (Komnas HAM) - Input",
                    "Indonesia hosts some 14,000 refugees and asylum seekers awaiting resettlement. Until 2018 many of them were held in immigration detention houses; since then most live in community shelters funded through international organisations, some of which contract private security companies to guard the buildings.",
                    "Komnas HAM has received complaints from refugees about restrictions on leaving the shelters, curfews enforced by guards and the confiscation of identity cards. The responsibilities of shelter guards are not set out in any public regulation.",
                    "Komnas HAM monitored immigration detention houses in 2019 and found overcrowding, limited access to health care and a lack of activities for long-term detainees. Guarding in these facilities is carried out by immigration officers.",
                    "Komnas HAM recommends that the rules applying to shelter security be published and that refugees have access to a complaints mechanism independent of the shelter operator.",
                ],
            ),
        ),
    )
    add(
        "inter-en-icrc",
        ("ICRC Protection of Migrants Unit", "gva_protection_migrants@icrc.example.org"),
        "ICRC input to the call for inputs - PMSCs in immigration and border management",
        T("""
            Dear colleagues,

            Please find attached a short input from the International Committee of the Red
            Cross on the treatment of migrants deprived of liberty in facilities where
            private security companies play a role.

            Best regards,
            Protection of Migrants Unit
            Protection Department
            International Committee of the Red Cross, Geneva
            """),
        "en",
        (IO, "International Committee of the Red Cross", None),
        acr="ICRC",
        tz=1,
        trap="the ICRC's confidential dialogue is the topic, not a request",
        atts=(
            doc(
                "ICRC_input_WG_mercenaries.pdf",
                "en",
                [
                    "International Committee of the Red Cross (ICRC) - Input to the Working Group on the use of mercenaries",
                    "The ICRC visits migrants held in immigration detention in a number of countries. Its findings and recommendations are shared confidentially with the detaining authorities, in line with its working methods; the ICRC does not publish reports on individual places of detention.",
                    "On the basis of this experience, the ICRC draws attention to a general point: when private companies are involved in running places of detention, the authorities remain responsible for the treatment of detainees and for the conditions in which they are held. Contracts cannot transfer this responsibility.",
                    "Clear lines of command, written rules on the use of force and restraint, and the training of all staff, whether public or private, are essential. Families should be informed of the detention and whereabouts of their relatives.",
                    "The Montreux Document, to which many States have subscribed, recalls the obligations of States that contract private military and security companies; its good practices are relevant to detention and border settings.",
                ],
            ),
        ),
    )
    add(
        "inter-en-icao",
        ("ICAO Facilitation Section", "fal@icao.example.int"),
        "Input of ICAO's Facilitation Section",
        T("""
            Dear Secretariat,

            With reference to the call for inputs, please find attached a contribution
            from the Facilitation Section of the International Civil Aviation Organization.

            Yours sincerely,
            Marc-Antoine Leduc
            Technical Officer, Facilitation Section
            Air Transport Bureau, ICAO
            999 Robert-Bourassa Boulevard, Montréal, Quebec H3C 5H7, Canada
            """),
        "en",
        (IO, "International Civil Aviation Organization", None),
        acr="ICAO",
        tz=-4,
        atts=(
            doc(
                "ICAO_FAL_input.pdf",
                "en",
                [
                    "International Civil Aviation Organization (ICAO), Air Transport Bureau, Facilitation Section - Contribution",
                    "Annex 9 to the Convention on International Civil Aviation (Facilitation) contains standards on the treatment of inadmissible persons and deportees. It provides that aircraft operators shall not be fined when they can show that they took adequate precautions to ensure that passengers held the documents required for entry.",
                    "In practice, many aircraft operators use private security companies to carry out document checks at departure gates. Staff of these companies are not public officials and their decisions to refuse boarding are not subject to review.",
                    "Annex 9 also contains provisions on escorts of deportees, on the information that States should provide to operators before a deportee is carried, and on the right of the pilot-in-command to refuse carriage on safety grounds.",
                    "ICAO encourages States to apply these provisions and to consider their implications for the rights of passengers, including those seeking international protection.",
                ],
            ),
        ),
    )


def english_others() -> None:
    add(
        "priva-en-rst",
        ("Ravenscroft Secure Transport", "legal@ravenscroft-secure.example.co.uk"),
        "Ravenscroft Secure Transport Ltd - response",
        T("""
            Dear Sirs,

            Ravenscroft Secure Transport Ltd has read the Working Group's call with interest
            and attaches its response, prepared by our legal and compliance team.

            Yours faithfully,
            Eleanor Fairbanks
            General Counsel
            Ravenscroft Secure Transport Ltd
            Registered in England and Wales No. 04418726
            """),
        "en",
        (PS, "Ravenscroft Secure Transport Ltd", None),
        alt=("Ravenscroft Secure Transport",),
        conf="confidential",
        tz=0,
        trap="refusal only in the document's footer",
        atts=(
            pdf(
                "Ravenscroft_response_WG_mercenaries.pdf",
                "en",
                [
                    "Response of Ravenscroft Secure Transport Ltd to the call for inputs",
                    "Ravenscroft provides secure transport of people between police stations, courts, removal centres and airports under contracts with public authorities. Our officers are licensed, trained in approved restraint techniques and wear body cameras throughout each journey.",
                    "Every use of force is recorded and reviewed by a manager within twenty-four hours, and serious incidents are notified to the client authority and to the independent monitoring board. Body camera footage is retained for thirty-one days unless an incident is reported.",
                    "We recognise that escorted journeys can be distressing, particularly when they end in a removal. We have introduced a welfare check before every journey and allow people to call a relative or legal representative before departure.",
                    "We would welcome a dialogue with the Working Group on the standards that should apply to escort services.",
                ],
                title=TITLE["en"],
                footer="Commercial in confidence - provided to the Working Group only, not for publication",
            ),
        ),
    )
    add(
        "priva-en-aoisp",
        ("AOISP Secretariat", "secretariat@aoisp.example.org"),
        "Association of Outsourced Immigration Service Providers - submission",
        T("""
            Dear Working Group members,

            The Association of Outsourced Immigration Service Providers represents
            companies that deliver visa, reception, accommodation and transport services to
            immigration authorities in 14 countries. Our submission is attached.

            Regards,
            AOISP Secretariat
            Avenue des Arts 41, 1040 Brussels

            """)
        + DISCLAIMER_CO,
        "en",
        (PS, "Association of Outsourced Immigration Service Providers", None),
        acr="AOISP",
        flags=("disclaimer",),
        tz=1,
        atts=(
            doc(
                "AOISP_submission.docx",
                "en",
                [
                    "Association of Outsourced Immigration Service Providers (AOISP) - Submission",
                    "Our members deliver services under detailed specifications set by public authorities. They do not take decisions on entry, stay, detention or removal, which remain with the State. Outsourcing allows authorities to scale services quickly when the number of arrivals rises.",
                    "Members have adopted a common code of conduct covering staff vetting, training, data protection and the handling of complaints. Compliance with the code is assessed by external auditors; the assessments are shared with the Association's board and with clients but are not made public, as they contain information on security arrangements.",
                    "The Association recognises that public confidence requires more transparency. It is considering the publication of an annual summary of complaints received by its members, broken down by type of service.",
                    "We support the development of international guidance for service providers in the immigration field and would welcome the opportunity to take part in consultations.",
                ],
            ),
        ),
    )
    add(
        "other-en-pcwu",
        ("PCWU Research Department", "research@pcwu.example.org.uk"),
        "Public and Custody Workers Union - evidence to the UN Working Group",
        T("""
            Dear Sir or Madam,

            The Public and Custody Workers Union represents around 6,000 members working in
            prisons, removal centres and escort services, in both the public and private
            sectors. Please find our evidence attached.

            Yours sincerely,
            Declan Farrelly
            Assistant General Secretary
            Public and Custody Workers Union
            """),
        "en",
        (OTH, "Public and Custody Workers Union", None),
        acr="PCWU",
        tz=0,
        atts=(
            doc(
                "PCWU_evidence_UN_WG.pdf",
                "en",
                [
                    "Public and Custody Workers Union (PCWU) - Evidence to the UN Working Group on the use of mercenaries",
                    "Our members in privately run removal centres and escort services work longer shifts, for lower pay and with fewer colleagues than their counterparts in the public sector. Staff turnover in some contracts exceeds forty per cent a year, so that wings are often run by officers with less than twelve months' experience.",
                    "Members report being sent on escorts with colleagues they have never met, with no briefing on the person they are escorting, and being pressed to complete removals even when they have concerns about the person's health.",
                    "Members who raise concerns internally fear losing their jobs. Several of those who spoke to the union for this evidence asked that their names and workplaces not be given, and they are not.",
                    "PCWU calls for minimum staffing levels to be written into contracts, for a national training standard and for whistleblowing protection that covers agency and subcontracted staff.",
                ],
            ),
        ),
    )
    add(
        "other-en-whitlock",
        ("Office of Senator Claire Whitlock", "senator.whitlock@aph-senate.example.au"),
        "Submission - Senator Claire Whitlock",
        T("""
            Dear Working Group,

            Senator Claire Whitlock has asked me to send you the attached submission, which
            draws on her work on the Senate committee that examined the contracts for
            offshore processing.

            Kind regards,
            Josh Tran
            Senior Adviser | Office of Senator Claire Whitlock
            Parliament House, Canberra ACT 2600
            """),
        "en",
        (OTH, "Senator Claire Whitlock", None),
        alt=("Claire Whitlock",),
        tz=11,
        atts=(
            doc(
                "Senator_Whitlock_submission.pdf",
                "en",
                [
                    "Submission by Senator Claire Whitlock, Senator for Tasmania",
                    "As a member of the Senate committee that examined the garrison and welfare contracts for offshore processing, I saw how difficult it is for Parliament to scrutinise public money spent through private contractors.",
                    "Departmental officials repeatedly declined to answer questions about contract variations, incident numbers and the fees paid to subcontractors, claiming commercial confidentiality. Documents tabled in response to orders for the production of documents were heavily redacted.",
                    "The committee was told that the contractors' staff were not public servants and that the Department did not hold some of the information we sought. Yet the same Department paid for every service they delivered.",
                    "I urge the Working Group to recommend that parliaments have full access to contracts for detention and border services, including their annexes and performance reports.",
                ],
            ),
        ),
    )
    add(
        "other-en-ctfs",
        ("Churches Together for Sanctuary", "sanctuary@ctfs.example.org.uk"),
        "Churches Together for Sanctuary - contribution",
        T("""
            Dear friends,

            Churches Together for Sanctuary brings together congregations of several
            denominations whose members visit people held in immigration detention. We
            attach our contribution with our prayers for the Working Group's work.

            In peace,
            Rev. Samuel Adeyemi
            Convenor, Churches Together for Sanctuary
            """),
        "en",
        (OTH, "Churches Together for Sanctuary", None),
        tz=0,
        atts=(
            doc(
                "CTfS_contribution.docx",
                "en",
                [
                    "Churches Together for Sanctuary - Contribution to the Working Group's call",
                    "Our members have visited people in removal centres for over twenty years. They have seen the centres pass from one contractor to another, each time with new rules for visitors, new staff and the same locked doors.",
                    "Visits are booked through the contractor and may be refused at short notice for operational reasons. Chaplains employed by the contractor provide valuable support, but detained people are sometimes unsure whether what they say to them will be passed on to the company.",
                    "Visitors have accompanied people in their last days before removal and have seen the fear that the night-time arrival of escort teams creates.",
                    "We ask that the dignity of every person be placed at the centre of any contract, and that independent visitors be guaranteed access to those who request a visit.",
                ],
            ),
        ),
    )
    add(
        "indiv-en-marsh",
        ("Kevin Marsh", "kev.marsh82@hotmail.co.uk"),
        "former detention custody officer - my evidence (no name please)",
        T("""
            Hello,

            I worked as a detention custody officer for a private contractor in a removal
            centre between 2014 and 2019. I have written down below what I think the
            Working Group should know. You can publish this but please leave my name off
            it, I still work in the security industry and would not get another job.

            I was given four weeks of training before I started on a wing. Most of it was
            about control and restraint and searching. We had half a day on mental health
            and nothing on torture survivors. When someone was self harming the procedure
            was to open a form and watch them, and on nights there were not enough of us to
            do the watches properly.

            Managers were under pressure to keep the numbers of incidents down because of
            the contract, so some incidents were written up as something smaller or not
            written up at all. I saw colleagues use force that was not needed and nothing
            happened to them.

            The removals were the worst part. You are told at the start of the shift that
            someone is going and you have to get them out of the room whatever state they
            are in.

            I think the people doing this job should be properly trained and there should be
            enough of them.

            Kevin
            """),
        "en",
        (IND, "Kevin Marsh", None),
        conf="publish",
        flags=("anonymous",),
        tz=0,
    )
    add(
        "indiv-en-yusuf",
        ("Amina Yusuf", "amina.yusuf.ay@gmail.com"),
        "About my brother who was held in a detention centre",
        T("""
            Dear Working Group,

            My name is Amina Yusuf. My brother was detained for seven months in a
            detention centre run by a company, and I visited him every week. I have written
            the attached letter about what our family went through.

            Thank you for reading it,
            Amina Yusuf
            """),
        "en",
        (IND, "Amina Yusuf", None),
        tz=0,
        atts=(
            doc(
                "Letter_Amina_Yusuf.docx",
                "en",
                [
                    "Letter from Amina Yusuf to the Working Group",
                    "My brother came to this country when he was sixteen. He was detained at the age of twenty-four after he went to sign at the reporting centre, and we only found out where he was two days later when he called from the centre.",
                    "Every visit, we were searched and had to leave everything in a locker. Visits took place in a large room with officers watching. Twice our visit was cancelled when we had already arrived, because of staff shortages.",
                    "My brother lost a lot of weight. He told me the officers called him by his number, not his name. When he was taken to the airport at four in the morning, nobody told us. We found out from his lawyer that the flight had been stopped.",
                    "Families should be told when their relative is moved, and visits should not be cancelled because the company does not have enough staff.",
                ],
            ),
        ),
    )
    add(
        "indiv-en-lindqvist",
        ("Rebecca Lindqvist", "rebecca@lindqvist-immigration.example.co.uk"),
        "Submission - R. Lindqvist, solicitor (not for publication)",
        T("""
            Dear Secretariat,

            I am a solicitor specialising in immigration detention and I make this
            submission in my own name. The attached note draws on my clients' experiences.
            Please treat it as confidential: it is not to be published on the OHCHR website
            or elsewhere, although the Working Group may of course draw on it in general
            terms.

            Best regards,
            Rebecca Lindqvist
            Solicitor
            Lindqvist Immigration Law, 22 Mill Lane, Leeds LS1 4AB
            """),
        "en",
        (IND, "Rebecca Lindqvist", None),
        conf="confidential",
        tz=0,
        atts=(
            doc(
                "Lindqvist_note.pdf",
                "en",
                [
                    "Note by Rebecca Lindqvist, solicitor",
                    "In the last three years I have represented some 150 people held in removal centres run by private contractors. Access to my clients depends on the contractor's booking system for legal visits, which is often full for days, and on phone lines that are frequently out of order.",
                    "Clients with serious illnesses have been detained for months while the reports that should have led to their release sat in the contractor's health unit. In two cases, the contractor's staff told the Home Office that a client was fit to fly the day after a doctor had recorded the opposite.",
                    "Complaints made by clients through the centre's complaints system are investigated by the contractor itself. The outcome letters are brief and rarely uphold a complaint.",
                    "Independent legal advice in detention should be available within twenty-four hours, and medical reports should go directly to the decision-maker.",
                ],
            ),
        ),
    )
    add(
        "nots-en-media",
        ("Hugo Varga", "h.varga@theborderlinedesk.example.com"),
        "Media enquiry - Working Group report on private security and borders",
        T("""
            Dear press team / secretariat,

            I am a freelance journalist working on a long-form piece about private security
            companies at Europe's borders for The Borderline Desk. I understand the Working
            Group has a call for inputs open on this subject.

            Could you tell me when the submissions will be made public, and whether the
            Working Group will publish the names of the companies mentioned? I would also be
            grateful to know when the report is due to be presented to the Human Rights
            Council, and whether a member of the Working Group would be available for a
            short interview in April.

            Many thanks,
            Hugo Varga
            +36 30 412 7781
            """),
        "en",
        (None, None, None),
        kind="not_submission",
        tz=1,
        trap="a journalist's question about publication",
    )
    add(
        "nots-en-meeting",
        ("Nadia Rahman", "nadia.rahman@borderrightsasia.example.org"),
        "Request for a meeting with the Working Group in Geneva (week of 23 March)",
        T("""
            Dear colleagues,

            A delegation of three members of Border Rights Asia will be in Geneva during
            the week of 23 March for the session of the Human Rights Council. We would very
            much appreciate the opportunity to meet the Chair of the Working Group, or a
            member of the secretariat, to brief them on the use of private security firms
            in immigration detention in the region.

            We are flexible on the day and time. Could you let us know whether a meeting of
            thirty to forty-five minutes might be possible?

            With thanks and best regards,
            Nadia Rahman
            Regional Advocacy Officer, Border Rights Asia
            Kuala Lumpur
            """),
        "en",
        (None, None, None),
        kind="not_submission",
        tz=8,
        trap="a meeting request",
    )
    inner = Spec(
        slug="ord4-fwd-en-pimn-inner",
        frm=("Pacific Islands Migrants Network", "pimn.secretariat@gmail.com"),
        subject="Submission - Pacific Islands Migrants Network",
        to="t.whelan@ohchr.example",
        body=T("""
            Dear Mr Whelan,

            It was good to meet you at the regional consultation in Suva. As you suggested,
            I am sending you our submission for the Working Group's call. We are happy for
            it to be made public.

            Warm regards,
            Losana Vakaloloma
            Coordinator, Pacific Islands Migrants Network
            """),
        lang="en",
        tz=12,
        atts=[
            doc(
                "PIMN_submission_WG.pdf",
                "en",
                [
                    "Pacific Islands Migrants Network - Submission to the Working Group on the use of mercenaries",
                    "Pacific Island States receive people deported from larger countries of the region, often after many years abroad. Deportees arrive escorted by staff of private companies contracted by the deporting State and are handed over at the airport with little information about their health or family.",
                    "Several Pacific States have also hosted processing centres funded by a larger neighbour and run by private contractors. Local staff employed by the contractors told us they had no training for the work and no one to report concerns to.",
                    "We ask the Working Group to consider the impact of deportation and offshore processing on small island States, and to recommend that deporting States share responsibility for reintegration.",
                ],
            ),
        ],
    )
    add(
        "fwd-en-pimn",
        ("Thomas Whelan", "t.whelan@ohchr.example"),
        "Fwd: Submission - Pacific Islands Migrants Network",
        T("""
            Hi all,

            This came to me directly after the Suva consultation - forwarding it to the
            mailbox so it is registered with the others.

            Thanks,
            Tom

            Thomas Whelan
            Human Rights Officer, Regional Office for the Pacific
            """),
        "en",
        (CS, "Pacific Islands Migrants Network", None),
        conf="publish",
        flags=("forwarded",),
        tz=12,
        inner=inner,
        trap="forwarded by a colleague as an attached message: the inner sender submits",
    )


# ====================================================================== French


def french() -> None:
    french_ngos()
    french_academics()
    french_states()
    french_institutions()
    french_others()


def french_ngos() -> None:
    add(
        "civil-fr-oce",
        ("Observatoire citoyen des expulsions", "contact@observatoire-expulsions.example.fr"),
        "Contribution de l'Observatoire citoyen des expulsions (OCE)",
        T("""
            Madame, Monsieur,

            L'Observatoire citoyen des expulsions vous adresse sa contribution à l'appel du
            Groupe de travail, consacrée aux escortes privées lors des vols groupés. Nous
            acceptons volontiers qu'elle soit mise en ligne avec les autres contributions.

            Bien à vous,

            Hélène Marchand
            Coordinatrice
            Observatoire citoyen des expulsions (OCE)
            12, rue des Vinaigriers - 75010 Paris
            """),
        "fr",
        (CS, "Observatoire citoyen des expulsions", None),
        acr="OCE",
        conf="publish",
        tz=1,
        atts=(
            doc(
                "OCE_contribution_GT_mercenaires.pdf",
                "fr",
                [
                    "Observatoire citoyen des expulsions (OCE) - Contribution sur les escortes privées",
                    "Depuis 2017, l'Observatoire recueille les récits de personnes éloignées par vols groupés affrétés au départ de l'Europe. Dans plusieurs États, ces vols mobilisent des agents de sociétés privées recrutés pour accompagner les personnes jusqu'à leur remise aux autorités du pays de destination.",
                    "Les personnes interrogées décrivent un menottage pendant toute la durée du vol, l'usage de casques de protection et de ceintures d'immobilisation, et l'impossibilité de joindre un proche ou un avocat avant l'embarquement. Plusieurs ont été réveillées en pleine nuit sans avoir été prévenues de leur départ.",
                    "Les rapports des contrôleurs indépendants, lorsqu'ils existent, ne sont publiés qu'avec retard et ne permettent pas d'identifier la société dont les agents sont en cause.",
                    "L'OCE recommande que les États publient, pour chaque vol groupé, le nombre de personnes éloignées, le nombre d'escorteurs et leur employeur, ainsi qu'un compte rendu de tout usage de la contrainte.",
                ],
            ),
        ),
    )
    add(
        "civil-fr-asdm",
        ("ASDM Dakar", "asdm.dakar@orange.sn"),
        "Contribution ASDM - appel à contributions GT mercenaires",
        T("""
            Bonjour,

            L'Association sénégalaise pour les droits des migrants (ASDM) vous prie de
            trouver ci-joint sa contribution à l'appel à contributions du Groupe de travail
            sur l'utilisation de mercenaires.

            Cordialement,
            Ousmane Diallo
            Secrétaire exécutif, ASDM
            Sicap Liberté 6, Dakar - Tél. +221 33 867 42 10
            """),
        "fr",
        (CS, "Association sénégalaise pour les droits des migrants", None),
        acr="ASDM",
        tz=0,
        atts=(
            doc(
                "ASDM_contribution.docx",
                "fr",
                [
                    "Association sénégalaise pour les droits des migrants (ASDM) - Contribution",
                    "Au Sénégal, la coopération avec les partenaires européens en matière de migration a conduit à l'installation de systèmes d'enregistrement biométrique aux postes frontières et dans les ports. L'installation et la maintenance de ces systèmes ont été confiées à des entreprises privées étrangères.",
                    "Les pêcheurs et les commerçants qui traversent régulièrement les frontières de la sous-région ne savent pas quelles données sont collectées, où elles sont conservées ni à qui elles sont transmises. Aucune information n'a été rendue publique sur les contrats conclus.",
                    "Des jeunes interpellés sur les plages avant un départ en pirogue nous ont indiqué avoir été retenus plusieurs heures dans des locaux gardés par des vigiles avant d'être remis à la gendarmerie.",
                    "L'ASDM recommande que les contrats relatifs aux systèmes de contrôle des frontières soient rendus publics et que la Commission de protection des données personnelles soit associée à leur mise en œuvre.",
                ],
            ),
        ),
    )
    add(
        "civil-fr-fmm",
        ("Forum maghrébin pour la mobilité", "fmm.tunis@fmm-maghreb.example.org"),
        "FMM - contribution à l'appel du Groupe de travail",
        T("""
            Madame, Monsieur,

            Veuillez trouver en pièce jointe la contribution du Forum maghrébin pour la
            mobilité sur la sécurité privée dans les ports et les centres d'accueil.

            Salutations distinguées,
            Leïla Ben Amor
            Chargée de recherche, FMM - Tunis
            """),
        "fr",
        (CS, "Forum maghrébin pour la mobilité", None),
        acr="FMM",
        conf="confidential",
        tz=1,
        trap="the refusal is on the document's last page",
        atts=(
            pdf(
                "FMM_contribution.pdf",
                "fr",
                [
                    "Forum maghrébin pour la mobilité (FMM) - Contribution au Groupe de travail sur l'utilisation de mercenaires",
                    "Dans les ports de commerce de la région, la surveillance des quais, des parkings de poids lourds et des zones d'embarquement est assurée en grande partie par des sociétés de gardiennage privées, pour le compte des autorités portuaires et des compagnies maritimes.",
                    "Des jeunes interceptés alors qu'ils tentaient d'embarquer clandestinement nous ont décrit des coups portés par des agents de sécurité avant l'arrivée de la police, ainsi que la saisie de leurs téléphones. Aucune plainte n'a abouti, faute de pouvoir identifier les agents concernés.",
                    "Les centres d'hébergement gérés par des organisations internationales emploient également des agents de sécurité privés, dont les consignes ne sont pas connues des résidents.",
                    "Le FMM recommande l'identification visible de tout agent de sécurité intervenant dans les zones portuaires et la mise en place d'un mécanisme de plainte indépendant.",
                    "Note : ce document est communiqué au seul Groupe de travail, à titre confidentiel. Nous demandons qu'il ne soit ni publié ni diffusé, les témoignages qu'il contient pouvant exposer les personnes concernées.",
                ],
                title=TITLE["fr"],
                breaks=(5,),
            ),
        ),
    )
    add(
        "civil-fr-tan",
        ("Terre d'Asile Nord", "terredasile.nord@laposte.net"),
        "Contribution - merci de ne pas mentionner notre association",
        T("""
            Bonjour,

            Nous sommes une petite association de bénévoles qui accompagne les exilés sur le
            littoral. Notre contribution est jointe. Vous pouvez la publier, mais sans le
            nom de l'association ni celui de ses membres : plusieurs d'entre nous ont déjà
            été poursuivis pour leur aide aux exilés et nous ne voulons pas nous exposer
            davantage.

            Merci de votre compréhension,
            Les bénévoles de Terre d'Asile Nord
            """),
        "fr",
        (CS, "Terre d'Asile Nord", None),
        conf="publish",
        flags=("anonymous",),
        tz=1,
        atts=(
            doc(
                "contribution_littoral.pdf",
                "fr",
                [
                    "Terre d'Asile Nord - Contribution sur les agents de sécurité privés du littoral",
                    "Autour du port et du terminal du tunnel, des agents de sociétés de sécurité privées patrouillent le long des clôtures, contrôlent les parkings de camions et signalent aux forces de l'ordre les personnes qu'ils repèrent.",
                    "Les exilés que nous rencontrons rapportent l'usage de chiens, de gaz lacrymogène et parfois de coups par des agents qui ne portent aucun matricule. Les démantèlements de campements se font en présence d'agents privés chargés d'emporter tentes et effets personnels.",
                    "Les exilés ne déposent presque jamais plainte : ils craignent d'être interpellés s'ils se présentent au commissariat.",
                    "Nous demandons que les agents privés soient identifiables et que leurs interventions fassent l'objet d'un contrôle par une autorité indépendante.",
                ],
            ),
        ),
    )
    add(
        "civil-fr-rcpm",
        ("RCPM Douala", "rcpm.douala@yahoo.fr"),
        "Contribution du RCPM - appel à contributions (mercenaires, frontières)",
        T("""
            Honorables membres du Groupe de travail,

            Le Réseau camerounais pour la protection des migrants (RCPM) a l'honneur de vous
            faire parvenir sa contribution, jointe au présent courriel.

            Veuillez agréer l'expression de notre haute considération.

            Me Jean-Paul Ngo Bassa
            Président du RCPM
            BP 4127 Douala, Cameroun

            """)
        + DISCLAIMER_CM,
        "fr",
        (CS, "Réseau camerounais pour la protection des migrants", None),
        acr="RCPM",
        flags=("disclaimer",),
        tz=1,
        atts=(
            doc(
                "Contribution_RCPM.pdf",
                "fr",
                [
                    "Réseau camerounais pour la protection des migrants (RCPM) - Contribution",
                    "Le Cameroun accueille des réfugiés venus de République centrafricaine et du Nigéria, et voit passer de nombreux migrants en route vers le Gabon et la Guinée équatoriale. Aux frontières, les contrôles relèvent de la police et de la gendarmerie.",
                    "Dans les ports et sur les sites d'exploitation forestière et pétrolière proches des frontières, des sociétés de sécurité privées procèdent toutefois à des contrôles d'identité et retiennent des personnes étrangères avant de les remettre aux autorités.",
                    "Des migrants refoulés de Guinée équatoriale rapportent avoir été détenus dans des entrepôts gardés par des agents privés, sans eau suffisante, avant d'être reconduits à la frontière.",
                    "Le RCPM recommande l'adoption d'un cadre juridique précisant les missions que les sociétés de sécurité privées peuvent exercer et interdisant toute privation de liberté par leurs agents.",
                ],
            ),
        ),
    )
    add(
        "civil-fr-aeb",
        ("Action Exil Belgique", "plaidoyer@actionexil.example.be"),
        "Contribution d'Action Exil Belgique + annexe (témoignages)",
        T("""
            Madame, Monsieur,

            Action Exil Belgique vous transmet sa contribution ainsi qu'une annexe
            rassemblant des témoignages recueillis lors de nos visites. Les témoignages ont
            été rendus anonymes avec l'accord des personnes. Les deux documents peuvent être
            rendus publics.

            Avec nos salutations cordiales,
            Marie Dewulf
            Responsable plaidoyer
            Action Exil Belgique asbl
            Rue du Midi 88, 1000 Bruxelles
            """),
        "fr",
        (CS, "Action Exil Belgique", None),
        conf="publish",
        tz=1,
        atts=(
            doc(
                "Action_Exil_contribution.pdf",
                "fr",
                [
                    "Action Exil Belgique - Contribution au Groupe de travail sur l'utilisation de mercenaires",
                    "Les centres fermés pour étrangers en Belgique sont gérés par l'administration, mais plusieurs services y sont confiés à des entreprises privées, notamment le gardiennage de certains périmètres, le transport des personnes vers l'aéroport et une partie des services médicaux.",
                    "Lors de nos visites, des personnes détenues nous ont décrit des transferts de nuit sans préavis, des fouilles répétées et l'usage de la cellule d'isolement après des refus d'embarquement.",
                    "Les contrats conclus avec les prestataires ne sont pas publics et le Parlement n'a obtenu que des réponses partielles sur les montants engagés.",
                    "Action Exil Belgique demande la publication des contrats, une surveillance indépendante de chaque tentative d'éloignement et l'interdiction de la détention des enfants.",
                ],
            ),
            doc(
                "Action_Exil_annexe_temoignages.pdf",
                "fr",
                [
                    "Action Exil Belgique - Annexe : témoignages",
                    "Témoignage 1, homme de 34 ans : « On m'a réveillé à quatre heures. Ils étaient cinq. Je n'ai pas pu appeler mon avocate. »",
                    "Témoignage 2, femme de 27 ans : « Dans le fourgon, personne ne me disait où on allait. J'ai compris à l'aéroport. »",
                ],
            ),
        ),
    )
    add(
        "civil-fr-cfdf",
        ("Collectif des familles de disparus aux frontières", "cfdf.bamako@gmail.com"),
        "Contribution du Collectif des familles de disparus aux frontières",
        T("""
            Madame, Monsieur les membres du Groupe de travail,

            Notre collectif réunit des familles du Mali, de Guinée et de Côte d'Ivoire dont
            un fils, un frère ou un mari a disparu sur la route de l'exil. Nous n'avons pas
            les moyens de rédiger un rapport, alors nous vous écrivons directement.

            Plusieurs de nos proches ont été vus pour la dernière fois dans des centres de
            détention en Libye, dont certains sont gardés par des hommes armés qui ne
            dépendent d'aucune autorité connue. D'autres ont été interceptés en mer puis
            enfermés, sans que personne ne sache où. Quand nous cherchons des informations,
            on nous répond que les listes des personnes détenues ne sont pas communiquées.

            Nous avons appris que des sociétés privées étrangères fournissent des bateaux,
            des équipements et des formations aux garde-côtes. Nous demandons que ces
            sociétés et les États qui les paient rendent des comptes, et que les familles
            puissent savoir si leurs proches sont vivants.

            Nous demandons aussi que les corps retrouvés dans le désert et en mer soient
            identifiés et que les familles soient informées.

            Avec nos salutations respectueuses,
            Pour le Collectif, Aminata Traoré, présidente
            Bamako
            """),
        "fr",
        (CS, "Collectif des familles de disparus aux frontières", None),
        tz=0,
    )
    add(
        "civil-fr-smd",
        ("Solidarité Mayotte Droits", "smd976@outlook.fr"),
        "Contribution Solidarité Mayotte Droits - publication à partir du 1er avril",
        T("""
            Bonjour,

            Solidarité Mayotte Droits vous adresse sa contribution sur le centre de
            rétention administrative de Mayotte et les reconduites vers les Comores. Elle
            reprend des éléments de notre rapport annuel, qui sera présenté à la presse le
            31 mars : nous vous remercions donc de ne pas la mettre en ligne avant le 1er
            avril. Après cette date, elle peut être publiée sans restriction.

            Bien cordialement,
            Saïd Ahamada, pour le bureau de SMD
            Mamoudzou
            """),
        "fr",
        (CS, "Solidarité Mayotte Droits", None),
        acr="SMD",
        conf="publish",
        tz=3,
        trap="consent with an embargo until 1 April, before the call's page goes up",
        atts=(
            doc(
                "SMD_contribution_CRA_Mayotte.docx",
                "fr",
                [
                    "Solidarité Mayotte Droits (SMD) - Contribution au Groupe de travail",
                    "Mayotte est le département français où le nombre de reconduites à la frontière est le plus élevé : plus de vingt mille personnes, dont de nombreux enfants, sont éloignées chaque année vers les Comores, souvent moins de quarante-huit heures après leur interpellation.",
                    "Le transport des personnes entre les lieux d'interpellation, le centre de rétention et le port fait intervenir des prestataires privés, tout comme l'entretien et la restauration au centre. Les conditions d'accueil au centre, régulièrement dénoncées, ne permettent pas d'exercer effectivement les recours.",
                    "Des enfants sont rattachés arbitrairement à des adultes qui ne sont pas leurs parents afin de permettre leur éloignement.",
                    "SMD demande l'arrêt de la rétention des enfants et un délai suffisant pour que chaque personne puisse saisir un juge avant son éloignement.",
                ],
            ),
        ),
    )
    add(
        "civil-fr-capmm",
        ("Comité d'accueil des personnes migrantes de Montréal", "info@capmm.example.qc.ca"),
        "CAPMM - contribution et note de transmission",
        T("""
            Bonjour,

            Vous trouverez ci-joints notre note de transmission et notre contribution à
            l'appel du Groupe de travail sur l'utilisation de mercenaires.

            Au plaisir,
            Geneviève Tremblay
            Coordonnatrice, Comité d'accueil des personnes migrantes de Montréal
            514 555-0142
            """),
        "fr",
        (CS, "Comité d'accueil des personnes migrantes de Montréal", None),
        acr="CAPMM",
        conf="confidential",
        tz=-4,
        trap="the refusal is in the separate cover note only",
        atts=(
            doc(
                "CAPMM_note_de_transmission.pdf",
                "fr",
                [
                    "Comité d'accueil des personnes migrantes de Montréal (CAPMM) - Note de transmission",
                    "Nous transmettons au Groupe de travail notre contribution sur les centres de surveillance de l'immigration. Ce document vous est confié pour vos travaux seulement : nous vous prions de ne pas le rendre public, certaines des personnes dont il est question ayant encore une demande en cours.",
                ],
                title="Note de transmission",
            ),
            doc(
                "CAPMM_contribution.pdf",
                "fr",
                [
                    "Comité d'accueil des personnes migrantes de Montréal (CAPMM) - Contribution",
                    "Au Canada, les personnes détenues en vertu de la loi sur l'immigration sont gardées dans des centres de surveillance de l'immigration ou dans des établissements provinciaux. Dans les centres, la garde est assurée par des agents d'une entreprise de sécurité privée sous contrat avec l'Agence des services frontaliers.",
                    "Les personnes que nous accompagnons décrivent des fouilles à chaque entrée et sortie, le port de menottes lors des transferts vers les audiences et l'hôpital, et un accès limité au téléphone. Des familles avec enfants y sont également détenues.",
                    "Les plaintes concernant le personnel de l'entreprise sont traitées par l'Agence, qui ne publie que des données globales. Il n'existe pas d'organe d'examen indépendant des plaintes visant l'Agence.",
                    "Le CAPMM recommande la création d'un organisme indépendant de traitement des plaintes et la fin de la détention des enfants.",
                ],
            ),
        ),
    )
    add(
        "civil-fr-rhmh",
        ("RHMH Port-au-Prince", "rhmh.haiti@gmail.com"),
        "Contribution du Réseau haïtien pour la mobilité humaine",
        T("""
            Chers membres du Groupe de travail,

            Le Réseau haïtien pour la mobilité humaine (RHMH) vous envoie sa contribution.

            Cordialement,
            Wilner Pierre-Louis
            Coordonnateur national, RHMH
            Delmas 33, Port-au-Prince
            """),
        "fr",
        (CS, "Réseau haïtien pour la mobilité humaine", None),
        acr="RHMH",
        tz=-4,
        atts=(
            doc(
                "RHMH_contribution.pdf",
                "fr",
                [
                    "Réseau haïtien pour la mobilité humaine (RHMH) - Contribution",
                    "Chaque année, des dizaines de milliers d'Haïtiens sont refoulés depuis la République dominicaine par les postes frontaliers du nord et du centre du pays, et d'autres sont rapatriés par avion ou par bateau depuis les pays de la région.",
                    "Les personnes refoulées décrivent des arrestations dans les quartiers et sur les chantiers, une détention de quelques heures à plusieurs jours, puis un transport en bus jusqu'à la frontière. Sur certains chantiers et dans certaines plantations, ce sont des agents de sécurité privés qui les ont retenues avant l'arrivée des autorités.",
                    "Les rapatriements aériens depuis d'autres pays se font avec des escortes dont nous ne connaissons ni le statut ni l'employeur.",
                    "Le RHMH demande que les personnes refoulées soient accueillies par les autorités haïtiennes à leur arrivée et que les États d'où elles viennent respectent les garanties de procédure.",
                ],
            ),
        ),
    )
    add(
        "joint-fr-vda",
        ("Veille Désert Agadez", "veilledesert.agadez@gmail.com"),
        "Contribution conjointe - Veille Désert Agadez, ANDR, Collectif Frontières Sahel",
        T("""
            Madame, Monsieur,

            Nous vous adressons une contribution conjointe de trois organisations du Niger :
            Veille Désert Agadez, l'Association nigérienne pour les droits des rapatriés
            (ANDR) et le Collectif Frontières Sahel.

            Salutations,
            Ibrahim Moussa
            Veille Désert Agadez
            """),
        "fr",
        (CS, "Veille Désert Agadez and 2 others", None),
        alt=(
            "Veille Désert Agadez et 2 autres",
            "Veille Désert Agadez, Association nigérienne pour les droits des rapatriés and Collectif Frontières Sahel",
            "Veille Désert Agadez, Association nigérienne pour les droits des rapatriés et Collectif Frontières Sahel",
        ),
        tz=1,
        atts=(
            doc(
                "Contribution_conjointe_Niger.pdf",
                "fr",
                [
                    "Contribution conjointe de Veille Désert Agadez, de l'Association nigérienne pour les droits des rapatriés (ANDR) et du Collectif Frontières Sahel",
                    "Depuis l'adoption de la loi de 2015 relative au trafic illicite de migrants, le nord du Niger a vu se multiplier les contrôles sur la route d'Agadez vers la Libye et l'Algérie. Les migrants empruntent désormais des pistes plus longues et plus dangereuses.",
                    "Des sociétés privées étrangères ont été chargées, sur financement international, de fournir des véhicules, des équipements de communication et des formations aux unités de contrôle. Les programmes de formation ne sont pas publics.",
                    "Les personnes expulsées d'Algérie sont abandonnées près du point frontalier dans le désert, puis doivent marcher jusqu'au premier village. Certaines sont ensuite prises en charge dans des centres de transit gardés par des agents de sécurité privés.",
                    "Les trois organisations demandent la publication des accords de financement et des contrats, ainsi qu'une évaluation indépendante de leurs effets sur les droits des migrants.",
                ],
            ),
        ),
    )
    add(
        "civil-fr-adm",
        ("ADM Madagascar", "adm.antananarivo@moov.mg"),
        "RE: Question - contribution en français ?",
        T("""
            Bonjour Madame,

            Merci beaucoup pour votre réponse rapide. Comme convenu, voici donc notre
            contribution, rédigée en français.

            Cordialement,
            Hanta Rakotomalala
            Association pour les droits des migrants - Madagascar (ADM)
            Lot IVG 204 Antsahavola, Antananarivo

            Le 24/02/2020 à 10:41, WG Mercenaries (OHCHR) a écrit :
            > Madame,
            > Les contributions peuvent être envoyées en anglais, en français ou en
            > espagnol. Elles ne doivent pas dépasser 2 500 mots.
            > Bien cordialement,
            > Secrétariat du Groupe de travail sur l'utilisation de mercenaires
            """),
        "fr",
        (CS, "Association pour les droits des migrants - Madagascar", None),
        acr="ADM",
        alt=("Association pour les droits des migrants", "ADM Madagascar"),
        tz=3,
        in_reply_to="<reply-20200224-1041.adm@ohchr.example>",
        trap="the submission comes as a reply in a thread with the secretariat",
        atts=(
            doc(
                "ADM_contribution.docx",
                "fr",
                [
                    "Association pour les droits des migrants - Madagascar (ADM) - Contribution",
                    "Des milliers de Malgaches, surtout des femmes, partent chaque année travailler comme employées de maison dans les pays du Golfe et de l'océan Indien, malgré les restrictions décidées par le Gouvernement. Beaucoup sont recrutées par des agences privées.",
                    "Lorsqu'elles fuient un employeur violent, ces travailleuses sont souvent retenues dans des foyers gérés par les agences ou dans des centres de détention pour étrangers, gardés par des sociétés privées, en attendant leur expulsion. Certaines y restent plusieurs mois sans pouvoir contacter leur famille.",
                    "Les travailleuses rapatriées que nous accompagnons racontent qu'on leur a pris leur passeport et leur téléphone dès leur arrivée dans ces lieux.",
                    "L'ADM demande que les pays d'accueil interdisent la rétention des travailleuses par les agences et garantissent l'accès consulaire à toute personne détenue.",
                ],
            ),
        ),
    )


def french_academics() -> None:
    add(
        "acade-fr-cde",
        ("Clinique du droit des étrangers", "clinique.etrangers@univ-rivesdeloire.example.fr"),
        "Contribution de la Clinique du droit des étrangers (Université de Rives-de-Loire)",
        T("""
            Madame, Monsieur,

            Les étudiants de la Clinique du droit des étrangers de l'Université de
            Rives-de-Loire ont préparé, sous notre direction, la contribution ci-jointe.
            Nous consentons à sa publication.

            Bien cordialement,
            Pr Anne-Laure Vasseur et Me Thomas Roche
            Codirecteurs de la Clinique du droit des étrangers
            Faculté de droit et de science politique
            """),
        "fr",
        (AC, "Clinique du droit des étrangers, Université de Rives-de-Loire", None),
        alt=("Clinique du droit des étrangers de l'Université de Rives-de-Loire",),
        conf="publish",
        tz=1,
        atts=(
            doc(
                "Clinique_droit_etrangers_contribution.pdf",
                "fr",
                [
                    "Clinique du droit des étrangers, Université de Rives-de-Loire - Contribution",
                    "La Clinique a analysé les marchés publics passés entre 2015 et 2019 pour le gardiennage des zones d'attente, l'accueil des demandeurs d'asile et le transport des personnes retenues. Les avis d'attribution publiés mentionnent le titulaire et le montant, mais rarement le contenu des prestations.",
                    "Dans plusieurs zones d'attente, des agents de sociétés privées assurent la surveillance des locaux et l'accompagnement des personnes maintenues, alors même que le maintien en zone d'attente est une mesure privative de liberté.",
                    "Les personnes maintenues qui souhaitent contester une mesure doivent le faire dans des délais très courts ; l'accès à un avocat ou à une association dépend en pratique de la disponibilité des agents qui les accompagnent.",
                    "La Clinique recommande que les cahiers des clauses techniques des marchés soient publiés et que les tâches au contact des personnes privées de liberté soient réservées à des agents publics.",
                ],
            ),
        ),
    )
    add(
        "acade-fr-lef",
        ("Laboratoire d'études frontalières", "lef@univ-hauterive.example.fr"),
        "LEF - contribution à l'appel du Groupe de travail",
        T("""
            Madame, Monsieur,

            Vous trouverez ci-joint la contribution du Laboratoire d'études frontalières
            (LEF) de l'Université de Haute-Rive, fondée sur nos enquêtes de terrain dans les
            Alpes et les Pyrénées.

            Très cordialement,

            Dr Romain Gauthier
            Maître de conférences en géographie
            Laboratoire d'études frontalières (LEF) - UMR 7421
            Université de Haute-Rive
            """),
        "fr",
        (AC, "Laboratoire d'études frontalières, Université de Haute-Rive", None),
        acr="LEF",
        alt=("Laboratoire d'études frontalières (LEF), Université de Haute-Rive",),
        tz=1,
        atts=(
            doc(
                "LEF_contribution_GT.pdf",
                "fr",
                [
                    "Laboratoire d'études frontalières (LEF), Université de Haute-Rive - Contribution",
                    "Nos enquêtes, menées entre 2017 et 2019 auprès de 86 personnes migrantes, de bénévoles et d'agents publics, portent sur les contrôles aux frontières intérieures rétablies dans les Alpes et les Pyrénées. Conformément aux règles éthiques de notre université, les entretiens sont anonymisés et les lieux précis ne sont pas indiqués.",
                    "Dans les gares et les terminaux d'autocars, des agents de sécurité des transporteurs participent de fait aux contrôles : ils signalent aux policiers les voyageurs supposés étrangers et en empêchent parfois l'embarquement.",
                    "Les personnes mineures refoulées sont parfois retenues plusieurs heures dans des locaux sans cadre juridique, avant d'être reconduites de l'autre côté de la frontière.",
                    "Nous recommandons que le rôle des agents de sécurité des transporteurs soit encadré et que toute retenue à la frontière fasse l'objet d'un procès-verbal remis à la personne.",
                ],
            ),
        ),
    )
    add(
        "acade-fr-csd",
        ("Chaire Sécurité et Droits", "chaire.securite.droits@ugb.example.sn"),
        "Contribution - Chaire Sécurité et Droits, Université Gaston-Berger",
        T("""
            Madame, Monsieur,

            La Chaire Sécurité et Droits de l'Université Gaston-Berger de Saint-Louis
            transmet au Groupe de travail la note de recherche ci-jointe.

            Respectueusement,
            Pr Mamadou Lamine Sarr
            Titulaire de la Chaire Sécurité et Droits
            UFR de Sciences juridiques et politiques, Université Gaston-Berger, Saint-Louis
            """),
        "fr",
        (AC, "Chaire Sécurité et Droits, Université Gaston-Berger", None),
        alt=(
            "Chaire Sécurité et Droits, Université Gaston-Berger de Saint-Louis",
            "Chaire Sécurité et Droits de l'Université Gaston-Berger de Saint-Louis",
        ),
        tz=0,
        atts=(
            doc(
                "Note_Chaire_Securite_Droits_UGB.docx",
                "fr",
                [
                    "Chaire Sécurité et Droits, Université Gaston-Berger de Saint-Louis - Note de recherche",
                    "La sécurité privée connaît en Afrique de l'Ouest une croissance rapide. Les sociétés de gardiennage, souvent dirigées par d'anciens militaires ou policiers, assurent désormais la sécurité des ports, des aéroports et de nombreux sites industriels proches des frontières.",
                    "Le cadre juridique qui les régit date, dans plusieurs pays, des années 1990 et ne prévoit aucune règle relative au contrôle des personnes ou à la rétention, si bien que les pratiques varient d'un site à l'autre.",
                    "Les agents sont peu formés, mal rémunérés et rarement identifiables. Les autorités de tutelle manquent de moyens pour inspecter les sociétés agréées.",
                    "La Chaire recommande une révision des législations nationales, une harmonisation au niveau régional et l'interdiction expresse, pour les agents privés, de priver quiconque de liberté.",
                ],
            ),
        ),
    )
    add(
        "acade-fr-grmc",
        ("Groupe de recherche Migrations et Contrôles", "grmc@ulb.example.be"),
        "Contribution GRMC (ULB) - appel à contributions du Groupe de travail",
        T("""
            Madame, Monsieur,

            Au nom du Groupe de recherche Migrations et Contrôles (GRMC) de l'Université
            libre de Bruxelles, je vous adresse notre contribution.

            Cordialement,
            Sophie Van Damme
            Chercheuse, GRMC - Université libre de Bruxelles
            """),
        "fr",
        (AC, "Groupe de recherche Migrations et Contrôles, Université libre de Bruxelles", None),
        acr="GRMC",
        alt=("Groupe de recherche Migrations et Contrôles (GRMC), Université libre de Bruxelles",),
        tz=1,
        atts=(
            doc(
                "GRMC_ULB_contribution.pdf",
                "fr",
                [
                    "Groupe de recherche Migrations et Contrôles (GRMC), Université libre de Bruxelles - Contribution",
                    "Le GRMC étudie les technologies de contrôle aux frontières extérieures de l'Union européenne. Les grands systèmes d'information, les portiques de contrôle automatisé et les drones de surveillance sont conçus, fournis et souvent exploités avec l'appui d'entreprises privées.",
                    "La frontière entre fourniture d'équipement et exploitation est de plus en plus floue : des techniciens de ces entreprises sont présents dans les centres de contrôle et participent à l'analyse des images.",
                    "Les projets de recherche financés par l'Union, qui associent industriels et autorités, produisent des prototypes dont l'évaluation éthique n'est que partiellement publiée.",
                    "Le GRMC recommande que toute technologie de contrôle des frontières fasse l'objet d'une analyse d'impact sur les droits fondamentaux rendue publique avant son déploiement.",
                ],
            ),
        ),
    )


def french_states() -> None:
    add(
        "state-fr-tgo",
        ("Mission permanente du Togo", "mission.togo.geneve@diplomatie-togo.example"),
        "Note verbale - Mission permanente de la République togolaise",
        T("""
            Madame, Monsieur,

            La Mission permanente de la République togolaise auprès de l'Office des Nations
            Unies à Genève vous transmet ci-joint sa note verbale relative à l'appel à
            contributions du Groupe de travail sur l'utilisation de mercenaires.

            Sincères salutations,
            Le Secrétariat de la Mission
            """),
        "fr",
        (MS, "Togo", "TGO"),
        alt=("République togolaise", "Togolese Republic"),
        tz=0,
        atts=(
            doc(
                "NV_Togo_GT_mercenaires.pdf",
                "fr",
                [
                    "Mission permanente de la République togolaise auprès de l'Office des Nations Unies à Genève - Note verbale n° 0118/MPT/GE/2020",
                    "La Mission permanente de la République togolaise présente ses compliments au Haut-Commissariat des Nations Unies aux droits de l'homme et, se référant à l'appel à contributions du Groupe de travail sur l'utilisation de mercenaires, a l'honneur de lui communiquer les éléments de réponse du Gouvernement togolais.",
                    "Le contrôle des frontières terrestres, maritimes et aériennes du Togo est assuré par la Direction générale de la documentation nationale, la police de l'air et des frontières et les forces de défense et de sécurité. Aucune de ces missions n'est confiée à des sociétés privées.",
                    "Les sociétés de gardiennage agréées par le ministère de la Sécurité et de la Protection civile peuvent assurer la surveillance des installations portuaires et aéroportuaires sous la responsabilité des autorités compétentes.",
                    "La Mission permanente de la République togolaise saisit cette occasion pour renouveler au Haut-Commissariat les assurances de sa haute considération.",
                ],
            ),
        ),
    )
    add(
        "state-fr-cod",
        ("Mission permanente RDC Genève", "mprdc.geneve@affetrangeres-rdc.example"),
        "Contribution de la République démocratique du Congo - GT mercenaires",
        T("""
            Madame, Monsieur,

            Veuillez trouver ci-joint la contribution de la République démocratique du Congo
            à l'appel du Groupe de travail sur l'utilisation de mercenaires. Le Gouvernement
            ne voit pas d'objection à ce qu'elle soit publiée.

            Veuillez agréer l'assurance de notre considération distinguée.

            Pour la Mission permanente,
            Patrick Mbuyi Kalala
            Premier Conseiller
            """),
        "fr",
        (MS, "Democratic Republic of the Congo", "COD"),
        alt=("République démocratique du Congo", "RDC"),
        conf="publish",
        tz=1,
        atts=(
            doc(
                "Contribution_RDC_GT_mercenaires.pdf",
                "fr",
                [
                    "Contribution du Gouvernement de la République démocratique du Congo",
                    "La gestion des frontières de la République démocratique du Congo, qui partage ses frontières avec neuf États, relève de la Direction générale de migration, placée sous l'autorité du ministère de l'Intérieur. Aucune mission de contrôle n'est déléguée à des sociétés privées.",
                    "Dans l'est du pays, la présence de groupes armés et d'acteurs étrangers complique la surveillance des frontières. Le Gouvernement rappelle sa préoccupation quant à l'implication de mercenaires et de sociétés de sécurité étrangères dans l'exploitation illégale des ressources naturelles de la région.",
                    "Les personnes étrangères en situation irrégulière sont placées dans des locaux de la Direction générale de migration, sous garde de ses agents.",
                ],
            ),
        ),
    )
    add(
        "state-fr-mus",
        ("Prime Minister's Office - Mauritius", "pmo.international@govmu.example"),
        "République de Maurice - réponse à l'appel à contributions",
        T("""
            Madame, Monsieur,

            Le Bureau du Premier ministre de la République de Maurice a l'honneur de
            transmettre ci-joint la réponse du Gouvernement mauricien, préparée avec le
            Passport and Immigration Office.

            Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

            Mme Priya Ramgoolam-Doorgah
            Assistant Secretary
            Prime Minister's Office (Home Affairs Division)
            Port-Louis, République de Maurice
            """),
        "fr",
        (MS, "Mauritius", "MUS"),
        alt=("République de Maurice", "Republic of Mauritius", "Maurice"),
        tz=4,
        atts=(
            doc(
                "Reponse_Maurice_appel_GT.pdf",
                "fr",
                [
                    "Réponse du Gouvernement de la République de Maurice - Bureau du Premier ministre (Division des affaires intérieures)",
                    "Le contrôle de l'immigration aux points d'entrée de Maurice et de Rodrigues est exercé par le Passport and Immigration Office, qui relève de la Police. La surveillance des eaux territoriales et de la zone économique exclusive est assurée par la National Coast Guard.",
                    "Les sociétés de sécurité privées titulaires d'une licence délivrée par le Commissaire de police assurent la sûreté de l'aéroport et du port sous le contrôle de l'autorité aéroportuaire et de l'autorité portuaire. Elles n'exercent aucune fonction de contrôle de l'immigration.",
                    "Les étrangers faisant l'objet d'une mesure d'éloignement sont placés dans des locaux de la Police. Les travailleurs migrants, nombreux dans les secteurs manufacturier et de la construction, bénéficient de la protection du droit du travail.",
                ],
            ),
        ),
    )
    add(
        "state-fr-bdi",
        ("Mission permanente du Burundi", "ambabu.geneve@mae-burundi.example"),
        "Note verbale - République du Burundi",
        T("""
            Madame, Monsieur,

            La Mission permanente de la République du Burundi à Genève a l'honneur de vous
            transmettre sa note verbale en réponse à l'appel à contributions. Il est
            précisé que cette réponse est destinée au seul usage du Groupe de travail et ne
            doit pas être rendue publique.

            Haute considération,
            Mission permanente de la République du Burundi
            """),
        "fr",
        (MS, "Burundi", "BDI"),
        alt=("République du Burundi", "Republic of Burundi"),
        conf="confidential",
        tz=1,
        atts=(
            doc(
                "NV_Burundi_GT_mercenaires.pdf",
                "fr",
                [
                    "Mission permanente de la République du Burundi auprès de l'Office des Nations Unies à Genève - Note verbale",
                    "La Mission permanente de la République du Burundi présente ses compliments au Haut-Commissariat aux droits de l'homme et a l'honneur de porter à sa connaissance que la gestion des frontières du Burundi relève exclusivement de la Police de l'air, des frontières et des étrangers.",
                    "Le Burundi n'a recours à aucune société militaire ou de sécurité privée pour la gestion de ses frontières ou de l'immigration. Les sociétés de gardiennage agréées n'interviennent que pour la protection de biens privés.",
                    "La Mission permanente de la République du Burundi saisit cette occasion pour renouveler au Haut-Commissariat les assurances de sa haute considération.",
                ],
            ),
        ),
    )


def french_institutions() -> None:
    add(
        "nhri-fr-ifdh",
        ("Institut fédéral des droits humains", "info@ifdh-belgique.example.be"),
        "Contribution de l'Institut fédéral pour la protection et la promotion des droits humains",
        T("""
            Madame, Monsieur,

            L'Institut fédéral pour la protection et la promotion des droits humains (IFDH),
            institution nationale des droits humains de la Belgique, vous prie de trouver
            ci-jointe sa contribution.

            Bien à vous,
            Julie Lambrechts
            Juriste
            Institut fédéral pour la protection et la promotion des droits humains
            Rue de Louvain 48, 1000 Bruxelles
            """),
        "fr",
        (NHRI, "Institut fédéral pour la protection et la promotion des droits humains", "BEL"),
        acr="IFDH",
        alt=("Institut fédéral des droits humains", "Institut fédéral des droits humains (IFDH)"),
        tz=1,
        atts=(
            doc(
                "IFDH_contribution_GT_mercenaires.pdf",
                "fr",
                [
                    "Institut fédéral pour la protection et la promotion des droits humains (IFDH) - Contribution",
                    "L'Institut, créé par la loi du 12 mai 2019, a commencé ses activités récemment. Sa contribution porte donc sur les questions qu'il a identifiées comme prioritaires dans le domaine de la détention des étrangers.",
                    "L'Institut relève que le recours à des prestataires privés dans les centres fermés et pour les transferts vers l'aéroport n'est encadré par aucune disposition légale spécifique et que les contrats ne sont pas accessibles au public.",
                    "Il rappelle que la Belgique n'a pas encore ratifié le Protocole facultatif se rapportant à la Convention contre la torture et ne dispose donc pas d'un mécanisme national de prévention habilité à visiter tous les lieux de privation de liberté.",
                    "L'Institut recommande la ratification rapide du Protocole facultatif et la publication des contrats conclus avec les prestataires privés.",
                ],
            ),
        ),
    )
    add(
        "nhri-fr-opc",
        ("Office de la protection du citoyen", "opc.haiti@opc-haiti.example.ht"),
        "Contribution de l'Office de la protection du citoyen (OPC) - Haïti",
        T("""
            Madame, Monsieur,

            L'Office de la protection du citoyen (OPC), institution nationale des droits
            humains d'Haïti, a l'honneur de vous transmettre sa contribution. L'OPC consent
            à sa publication sur le site du Haut-Commissariat.

            Respectueusement,
            Me Marie-Claude Jean-Baptiste
            Directrice des affaires juridiques
            Office de la protection du citoyen
            """),
        "fr",
        (NHRI, "Office de la protection du citoyen", "HTI"),
        acr="OPC",
        alt=("Office de protection du citoyen",),
        conf="publish",
        tz=-4,
        atts=(
            doc(
                "OPC_Haiti_contribution.pdf",
                "fr",
                [
                    "Office de la protection du citoyen (OPC) - Contribution d'Haïti",
                    "L'OPC suit la situation des Haïtiens rapatriés et refoulés vers Haïti, en particulier aux points de passage frontaliers de Ouanaminthe, Belladère, Malpasse et Anse-à-Pitres, où il a déployé des observateurs.",
                    "Ses observateurs ont recueilli des témoignages faisant état de personnes, y compris des enfants non accompagnés, retenues par des agents de sécurité privés sur des plantations et des chantiers avant d'être remises aux autorités migratoires du pays voisin, puis refoulées sans décision écrite.",
                    "L'OPC relève aussi que les personnes rapatriées par voie aérienne arrivent parfois sans effets personnels ni documents, après un vol au cours duquel elles étaient entravées.",
                    "L'OPC recommande un protocole bilatéral garantissant la notification préalable des rapatriements et la présence d'observateurs indépendants aux points de passage.",
                ],
            ),
        ),
    )
    add(
        "inter-fr-cemac",
        ("Commission de la CEMAC", "dpm@cemac.example.int"),
        "Contribution de la Commission de la CEMAC",
        T("""
            Madame, Monsieur,

            La Commission de la Communauté économique et monétaire de l'Afrique centrale
            (CEMAC) a l'honneur de vous faire parvenir la contribution de son Département du
            marché commun, en réponse à l'appel du Groupe de travail.

            Veuillez agréer l'expression de notre considération distinguée.

            Le Directeur de la libre circulation des personnes
            Commission de la CEMAC, Bangui
            """),
        "fr",
        (IO, "Commission de la CEMAC", None),
        alt=(
            "Commission de la Communauté économique et monétaire de l'Afrique centrale",
            "Communauté économique et monétaire de l'Afrique centrale",
            "CEMAC",
        ),
        tz=1,
        atts=(
            doc(
                "Contribution_Commission_CEMAC.pdf",
                "fr",
                [
                    "Commission de la Communauté économique et monétaire de l'Afrique centrale (CEMAC) - Département du marché commun",
                    "Les États membres de la CEMAC ont décidé en 2013 de la libre circulation des ressortissants de la Communauté, dispensés de visa pour les séjours de courte durée. La mise en œuvre de cette décision reste inégale et des contrôles subsistent aux frontières intérieures.",
                    "Le passeport biométrique CEMAC est produit par un prestataire privé dans le cadre de contrats conclus par chaque État membre. La Commission encourage la mise en place de règles communes de protection des données personnelles collectées à cette occasion.",
                    "La Commission n'a pas connaissance du recours à des sociétés militaires ou de sécurité privées pour le contrôle des frontières intérieures de la Communauté, mais des sociétés de gardiennage interviennent dans les ports et sur les sites pétroliers.",
                ],
            ),
        ),
    )
    add(
        "inter-fr-omd",
        ("OMD - Direction du Contrôle et de la Facilitation", "facilitation@wcoomd.example.org"),
        "Contribution de l'Organisation mondiale des douanes",
        T("""
            Madame, Monsieur,

            L'Organisation mondiale des douanes (OMD) vous adresse ci-joint une brève
            contribution.

            Meilleures salutations,
            Direction du Contrôle et de la Facilitation
            Organisation mondiale des douanes
            Rue du Marché 30, B-1210 Bruxelles
            """),
        "fr",
        (IO, "Organisation mondiale des douanes", None),
        acr="OMD",
        alt=("World Customs Organization", "World Customs Organization (WCO)"),
        tz=1,
        atts=(
            doc(
                "OMD_contribution_GT_mercenaires.pdf",
                "fr",
                [
                    "Organisation mondiale des douanes (OMD) - Contribution",
                    "Les administrations des douanes sont présentes à toutes les frontières et participent à la gestion coordonnée des frontières avec les services de l'immigration et de la police. Dans de nombreux pays, l'inspection non intrusive des conteneurs et des véhicules est réalisée au moyen de scanners exploités par des prestataires privés.",
                    "Certains de ces prestataires interviennent dans le cadre de contrats de concession de longue durée, rémunérés par des redevances acquittées par les importateurs. Les agents des prestataires peuvent découvrir des personnes dissimulées dans les chargements.",
                    "Le Recueil sur la gestion coordonnée des frontières de l'OMD rappelle que les prérogatives de puissance publique, notamment la retenue des personnes, doivent rester entre les mains des administrations compétentes.",
                ],
            ),
        ),
    )


def french_others() -> None:
    add(
        "priva-fr-vigilis",
        ("Groupe Vigilis Sûreté", "rse@vigilis-surete.example.fr"),
        "Contribution du Groupe Vigilis Sûreté",
        T("""
            Madame, Monsieur,

            Le Groupe Vigilis Sûreté, entreprise de sécurité privée implantée en France et
            dans trois pays d'Afrique de l'Ouest, souhaite apporter sa contribution à la
            réflexion du Groupe de travail. Vous la trouverez en pièce jointe.

            Nous restons à votre disposition pour tout échange.

            Cordialement,
            Christophe Lemaire
            Directeur RSE et Conformité
            Groupe Vigilis Sûreté
            """),
        "fr",
        (PS, "Groupe Vigilis Sûreté", None),
        alt=("Vigilis Sûreté",),
        tz=1,
        atts=(
            doc(
                "Vigilis_contribution_GT.pdf",
                "fr",
                [
                    "Groupe Vigilis Sûreté - Contribution au Groupe de travail sur l'utilisation de mercenaires",
                    "Le Groupe emploie 4 200 agents. Il assure pour des clients publics la surveillance de bâtiments administratifs, dont certains accueillent des services chargés de l'immigration, ainsi que la sûreté d'installations portuaires. Il n'assure aucune mission de garde de personnes retenues.",
                    "Nos agents reçoivent une formation aux droits fondamentaux et à la gestion des conflits, et sont soumis au code de déontologie des activités privées de sécurité. Le Groupe a adhéré au Code de conduite international des entreprises de sécurité privées.",
                    "Nos sites font l'objet d'audits internes et d'audits de certification. Les rapports d'audit sont remis à nos clients et à l'organisme certificateur ; ils ne sont pas publiés, car ils décrivent les dispositifs de sûreté des sites.",
                    "Le Groupe serait favorable à des lignes directrices précisant les limites de l'intervention des agents privés lorsqu'ils sont en contact avec des personnes étrangères.",
                ],
            ),
        ),
    )
    add(
        "priva-fr-uesa",
        ("UESA - Délégation générale", "delegation@uesa-surete.example.fr"),
        "Contribution de l'Union des entreprises de sûreté aéroportuaire",
        T("""
            Madame, Monsieur,

            L'Union des entreprises de sûreté aéroportuaire (UESA), qui regroupe les
            principaux prestataires de sûreté des aéroports français, vous transmet sa
            contribution.

            Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations
            distinguées.

            Frédéric Aubert
            Délégué général, UESA
            """),
        "fr",
        (PS, "Union des entreprises de sûreté aéroportuaire", None),
        acr="UESA",
        conf="confidential",
        tz=1,
        trap="the refusal is only in the DOCX footer",
        atts=(
            docx_file(
                "UESA_contribution.docx",
                "fr",
                [
                    "Union des entreprises de sûreté aéroportuaire (UESA) - Contribution",
                    "Les entreprises adhérentes de l'UESA assurent, pour le compte des exploitants d'aéroports et sous le contrôle de l'État, l'inspection-filtrage des passagers et des bagages. Elles n'exercent aucune mission de contrôle aux frontières, qui relève de la police aux frontières.",
                    "Certains adhérents assurent également la surveillance des zones réservées et, dans quelques aéroports, le gardiennage de locaux proches des zones d'attente. Leurs agents ne participent ni au maintien ni à l'éloignement des personnes.",
                    "Les agents sont titulaires d'une carte professionnelle et d'une certification délivrée par l'État. Les entreprises sont soumises à des contrôles réguliers de l'autorité de l'aviation civile.",
                    "L'UESA est attentive à la clarté de la frontière entre missions de sûreté et missions de police et se tient à la disposition du Groupe de travail.",
                ],
                title=TITLE["fr"],
                footer="Document confidentiel - réservé au Groupe de travail, ne pas publier ni diffuser",
            ),
        ),
    )
    add(
        "other-fr-saasp",
        ("SAASP", "saasp.syndicat@gmail.com"),
        "Contribution du Syndicat autonome des agents de la sûreté portuaire",
        T("""
            Madame, Monsieur,

            Le Syndicat autonome des agents de la sûreté portuaire (SAASP) vous adresse sa
            contribution, rédigée à partir des témoignages de ses adhérents.

            Salutations syndicales,
            Le Bureau national du SAASP
            Le Havre
            """),
        "fr",
        (OTH, "Syndicat autonome des agents de la sûreté portuaire", None),
        acr="SAASP",
        tz=1,
        atts=(
            doc(
                "SAASP_contribution.pdf",
                "fr",
                [
                    "Syndicat autonome des agents de la sûreté portuaire (SAASP) - Contribution",
                    "Nos adhérents travaillent pour des sociétés de sûreté sous contrat avec les grands ports maritimes et les compagnies de ferries. Leur mission est la protection des installations, mais ils découvrent régulièrement des personnes cachées dans des camions ou des conteneurs.",
                    "Aucune procédure écrite ne leur dit comment agir dans ces situations. Certains agents ont été invités par leur hiérarchie à retenir les personnes dans un local en attendant la police, ce qui dépasse leurs prérogatives.",
                    "Les agents sont exposés à des situations difficiles, parfois à la découverte de personnes en détresse ou décédées, sans soutien psychologique.",
                    "Le SAASP demande une procédure nationale claire, une formation adaptée et un accompagnement des agents concernés.",
                ],
            ),
        ),
    )
    add(
        "other-fr-fcvr",
        ("Fraternité chrétienne des visiteurs de rétention", "fcvr@fcvr.example.fr"),
        "Contribution de la Fraternité chrétienne des visiteurs de rétention",
        T("""
            Madame, Monsieur,

            Depuis vingt ans, les membres de la Fraternité chrétienne des visiteurs de
            rétention rendent visite aux personnes enfermées dans les centres de rétention.
            Nous vous adressons notre contribution et serions heureux qu'elle soit publiée.

            Fraternellement,
            Pasteur Daniel Oberlin et Sœur Marie-Odile Perrin
            Coresponsables de la Fraternité
            """),
        "fr",
        (OTH, "Fraternité chrétienne des visiteurs de rétention", None),
        acr="FCVR",
        conf="publish",
        tz=1,
        atts=(
            doc(
                "FCVR_contribution.docx",
                "fr",
                [
                    "Fraternité chrétienne des visiteurs de rétention (FCVR) - Contribution",
                    "Nos visiteurs sont des bénévoles, catholiques et protestants, qui se rendent chaque semaine dans les centres de rétention. Ils y rencontrent des personnes angoissées, souvent séparées de leur famille, qui ne comprennent pas toujours pourquoi elles sont enfermées.",
                    "Les prestataires privés qui assurent l'entretien, la restauration ou la blanchisserie sont les interlocuteurs quotidiens des personnes retenues, sans que leur rôle soit défini. Les personnes retenues se plaignent de repas insuffisants et de locaux dégradés.",
                    "Nos visiteurs ont été témoins de départs précipités vers l'aéroport, de personnes emmenées sans avoir pu récupérer leurs affaires ou saluer leurs proches.",
                    "La Fraternité demande que la dignité de chaque personne soit respectée, que la rétention reste l'exception et que les visiteurs puissent continuer à exercer leur mission.",
                ],
            ),
        ),
    )
    add(
        "other-fr-vallombre",
        ("Mairie de Vallombre", "secretariat.maire@vallombre.example.fr"),
        "Contribution de la commune de Vallombre",
        T("""
            Madame, Monsieur,

            Vous trouverez ci-joint la contribution de la commune de Vallombre, commune de
            montagne située à proximité de la frontière, adoptée après consultation du
            conseil municipal.

            Veuillez agréer, Madame, Monsieur, l'expression de mes salutations
            distinguées.

            Jean-Michel Arnaud
            Maire de Vallombre
            Hôtel de ville - 1, place de la République - 05190 Vallombre
            """),
        "fr",
        (OTH, "Commune de Vallombre", None),
        alt=("Mairie de Vallombre", "Vallombre"),
        tz=1,
        atts=(
            doc(
                "Contribution_commune_Vallombre.pdf",
                "fr",
                [
                    "Commune de Vallombre - Contribution au Groupe de travail",
                    "Depuis 2016, notre commune voit passer chaque hiver des centaines de personnes exilées qui traversent la montagne à pied, souvent sans équipement adapté. Les habitants et les bénévoles leur portent secours.",
                    "Les contrôles à la frontière ont été renforcés. La commune a constaté la présence, aux côtés des forces de l'ordre, de véhicules de sociétés de sécurité privées chargées de la surveillance de certains sites, dont les agents ont signalé des personnes à la police.",
                    "La commune a dû ouvrir un local d'accueil d'urgence, sans aucune aide de l'État, et a financé le transport de personnes blessées vers l'hôpital.",
                    "La commune demande que le secours aux personnes en montagne prime sur toute considération de contrôle et que les communes frontalières soient associées aux décisions.",
                ],
            ),
        ),
    )
    add(
        "indiv-fr-keita",
        ("Fatoumata Keïta", "fatoumata.keita75@gmail.com"),
        "Témoignage sur mon frère en centre de rétention",
        T("""
            Bonjour,

            Je vous envoie un témoignage sur ce qu'a vécu mon frère au centre de rétention
            et pendant sa tentative d'expulsion. Vous pouvez le publier, mais je vous
            demande de ne pas mettre mon nom ni le sien, car il a encore une procédure en
            cours et nous avons peur des conséquences.

            Merci,
            Fatoumata
            """),
        "fr",
        (IND, "Fatoumata Keïta", None),
        conf="publish",
        flags=("anonymous",),
        tz=1,
        atts=(
            doc(
                "temoignage.docx",
                "fr",
                [
                    "Témoignage de Fatoumata Keïta au sujet de son frère",
                    "Mon frère a été arrêté lors d'un contrôle dans le métro et placé au centre de rétention. Il y est resté quarante-cinq jours. Chaque fois que je venais le voir, il fallait attendre longtemps dehors, et les visites duraient trente minutes.",
                    "Un matin, on l'a emmené à l'aéroport sans le prévenir. Il a refusé de monter dans l'avion. Il m'a dit que les hommes qui l'accompagnaient l'avaient plaqué au sol et lui avaient serré les bras derrière le dos jusqu'à ce qu'il ne sente plus ses mains.",
                    "Quand il a voulu porter plainte, on lui a dit qu'il ne pouvait pas savoir qui étaient ces hommes. Il ne sait toujours pas s'ils étaient policiers ou employés d'une société.",
                    "Je voudrais que les familles soient prévenues avant un départ et que les personnes qui accompagnent soient identifiables.",
                ],
            ),
        ),
    )
    add(
        "indiv-fr-mercier",
        ("J. Mercier", "jmercier.surete@free.fr"),
        "Témoignage d'un ancien agent de sûreté - sans mon nom SVP",
        T("""
            Madame, Monsieur,

            J'ai été agent de sûreté pendant six ans dans un aéroport, employé par une
            société privée. Une partie de mon travail consistait à surveiller des locaux
            proches de la zone d'attente et à accompagner des passagers refusés jusqu'à
            l'avion, avec la police. Je souhaite témoigner, et vous pouvez diffuser ce
            message, mais sans mon nom, je travaille toujours dans le secteur.

            Nous n'avions reçu aucune formation sur les droits des personnes maintenues.
            On nous disait seulement de ne pas leur parler et de ne pas les laisser sortir.
            Certaines personnes restaient plusieurs jours, et c'était nous, pas les
            policiers, qui étions à côté d'elles toute la journée.

            Lors des embarquements, il arrivait que des collègues aident à porter ou à
            maintenir une personne qui refusait de partir. Officiellement, ce n'était pas
            notre rôle, mais personne ne nous a jamais dit non.

            Je pense que ces tâches ne devraient pas être confiées à des agents privés, ou
            alors avec des règles claires et une vraie formation.

            J. Mercier
            """),
        "fr",
        (IND, "J. Mercier", None),
        conf="publish",
        flags=("anonymous",),
        tz=1,
    )
    add(
        "indiv-fr-benali",
        ("Me Karim Benali", "k.benali@avocat-benali.example.fr"),
        "Contribution (envoi tardif) - Me Karim Benali, avocat",
        T("""
            Madame, Monsieur,

            Avec toutes mes excuses pour ce léger retard, je vous adresse à titre personnel
            une contribution tirée de ma pratique d'avocat en droit des étrangers.

            Bien à vous,

            Karim Benali
            Avocat au barreau de Marseille
            34, rue Paradis - 13001 Marseille
            Tél. 04 91 55 20 17
            """),
        "fr",
        (IND, "Karim Benali", None),
        alt=("Me Karim Benali",),
        tz=1,
        received=after(18, 8, 52),
        atts=(
            doc(
                "Contribution_Me_Benali.pdf",
                "fr",
                [
                    "Contribution de Me Karim Benali, avocat au barreau de Marseille",
                    "J'interviens depuis douze ans devant le juge des libertés et de la détention pour des personnes placées en rétention. Les procédures de rétention reposent sur de nombreux actes dont la traçabilité est incertaine lorsque des prestataires privés interviennent.",
                    "Les registres de rétention mentionnent rarement les transferts réalisés par des prestataires, ni l'identité des agents présents. Lorsqu'un client se plaint de violences lors d'un transfert, il est presque impossible d'établir qui était présent.",
                    "J'ai plaidé à plusieurs reprises l'irrégularité de procédures au motif que l'information des droits avait été donnée par un agent dont on ignorait la qualité. Les juridictions ont rendu des décisions contradictoires.",
                    "Je recommande que toute intervention d'un prestataire privé auprès d'une personne retenue soit consignée au registre, avec l'identité de l'agent.",
                ],
            ),
        ),
    )
    add(
        "nots-fr-merci",
        ("Claire Fontaine", "c.fontaine@asso-passerelles.example.fr"),
        "RE: Accusé de réception - contribution de l'association Passerelles",
        T("""
            Bonjour,

            Merci beaucoup pour votre accusé de réception, et bon courage pour la suite des
            travaux du Groupe de travail. N'hésitez pas à revenir vers nous si vous avez
            besoin de précisions sur notre contribution.

            Bien cordialement,
            Claire Fontaine
            Association Passerelles

            ----- Message d'origine -----
            De : WG Mercenaries (OHCHR)
            Envoyé : mercredi 4 mars 2020 16:20
            Objet : Accusé de réception - contribution de l'association Passerelles

            Madame,
            Nous accusons réception de votre contribution à l'appel du Groupe de travail
            sur l'utilisation de mercenaires et vous en remercions.
            Le Secrétariat
            """),
        "fr",
        (None, None, None),
        kind="not_submission",
        tz=1,
        in_reply_to="<ack-20200304-1620.passerelles@ohchr.example>",
        trap="a thank-you for the acknowledgement, in a thread",
    )
    add(
        "nots-fr-delai",
        ("Mamadou Bah", "mbah@guinee-migrations.example.org"),
        "Question sur la date limite de l'appel à contributions",
        T("""
            Madame, Monsieur,

            Notre organisation, basée à Conakry, souhaite contribuer à l'appel du Groupe de
            travail sur le rôle des sociétés militaires et de sécurité privées dans la
            gestion des frontières. Nos enquêteurs reviennent du terrain la semaine
            prochaine et nous craignons de ne pas être prêts pour le 17 mars.

            Serait-il possible de vous faire parvenir notre contribution le 27 mars ? Dans
            le cas contraire, pourrions-nous envoyer une version courte avant la date limite
            et la compléter ensuite ?

            Je vous remercie par avance de votre réponse.

            Mamadou Bah
            Chargé de programme, Guinée Migrations Solidarité
            """),
        "fr",
        (None, None, None),
        kind="not_submission",
        tz=0,
        trap="a question about the deadline",
    )


# ====================================================================== Spanish


def spanish() -> None:
    spanish_ngos()
    spanish_academics()
    spanish_states()
    spanish_institutions()
    spanish_others()


def spanish_ngos() -> None:
    add(
        "civil-es-remam",
        ("REMAM - Coordinación", "coordinacion@remam.example.org.mx"),
        "Contribución de la Red Mesoamericana de Albergues Migrantes",
        T("""
            Estimadas y estimados integrantes del Grupo de Trabajo:

            Reciban un cordial saludo. Adjuntamos la contribución de la Red Mesoamericana de
            Albergues Migrantes (REMAM) a la convocatoria.

            Atentamente,
            Hermana Lucía Carrasco
            Coordinadora general, REMAM
            Tapachula, Chiapas - Guatemala - Honduras
            """),
        "es",
        (CS, "Red Mesoamericana de Albergues Migrantes", None),
        acr="REMAM",
        tz=-6,
        atts=(
            doc(
                "REMAM_contribucion_GT_mercenarios.pdf",
                "es",
                [
                    "Red Mesoamericana de Albergues Migrantes (REMAM) - Contribución",
                    "La REMAM reúne a veintitrés albergues en México, Guatemala, Honduras y El Salvador que reciben cada año a decenas de miles de personas en tránsito. Desde 2019 observamos un aumento notable de los operativos de control en las rutas, en los que participan agentes de seguridad privada contratados por empresas de transporte, hoteles y comercios.",
                    "Personas alojadas en nuestros albergues relatan haber sido retenidas por guardias privados en terminales de autobuses y en el tren de carga, y entregadas después a agentes migratorios. Algunas denunciaron robos y golpes por parte de esos guardias.",
                    "Los albergues también han recibido visitas de personas que se presentaban como personal de seguridad privada y pedían listas de las personas alojadas. Nos hemos negado a entregarlas.",
                    "La REMAM pide que se prohíba a la seguridad privada cualquier función de control migratorio y que se investiguen las agresiones denunciadas.",
                ],
            ),
        ),
    )
    add(
        "civil-es-tsm",
        ("Colectivo Tijuana Sin Muros", "tijuanasinmuros@gmail.com"),
        "Aporte del Colectivo Tijuana Sin Muros",
        T("""
            Hola, buenas tardes:

            Les compartimos el aporte del Colectivo Tijuana Sin Muros sobre las empresas
            privadas que trasladan a personas deportadas y solicitantes de asilo en la
            frontera entre Tijuana y San Diego.

            Saludos solidarios,
            Colectivo Tijuana Sin Muros
            Tel. +52 664 218 3340 | fb.com/tijuanasinmuros
            """),
        "es",
        (CS, "Colectivo Tijuana Sin Muros", None),
        tz=-7,
        atts=(
            doc(
                "Aporte_Tijuana_Sin_Muros.docx",
                "es",
                [
                    "Colectivo Tijuana Sin Muros - Aporte a la convocatoria del Grupo de Trabajo",
                    "Cada día llegan a Tijuana personas deportadas desde Estados Unidos y solicitantes de asilo devueltos a México para esperar sus audiencias. El traslado desde los centros de detención hasta la garita lo realizan, en muchos casos, autobuses de empresas privadas contratadas por el gobierno estadounidense.",
                    "Las personas deportadas nos cuentan que viajaron esposadas durante horas, sin agua suficiente, y que sus pertenencias, documentos y dinero se quedaron en el centro de detención. Muchas llegan de noche, sin saber a dónde ir.",
                    "Las personas devueltas para esperar sus audiencias en México son recogidas en la madrugada y trasladadas a la corte por personal de empresas privadas; cuentan que no se les explica el procedimiento.",
                    "Pedimos que las deportaciones se hagan de día, que las pertenencias se devuelvan y que las empresas de transporte respondan por el trato a las personas.",
                ],
            ),
        ),
    )
    add(
        "civil-es-caf",
        ("Colectivo de Acompañamiento Fronterizo", "caf.chiapas@protonmail.com"),
        "Aporte - les pedimos publicarlo sin el nombre del colectivo",
        T("""
            Estimadas personas del Grupo de Trabajo:

            Adjuntamos nuestro aporte sobre la frontera sur de México. Pueden publicarlo,
            pero les pedimos que aparezca sin el nombre de nuestro colectivo ni de sus
            integrantes, porque hemos recibido amenazas por nuestro trabajo de
            acompañamiento.

            Gracias por su comprensión,
            Colectivo de Acompañamiento Fronterizo (CAF)
            """),
        "es",
        (CS, "Colectivo de Acompañamiento Fronterizo", None),
        acr="CAF",
        conf="publish",
        flags=("anonymous",),
        tz=-6,
        atts=(
            doc(
                "aporte_frontera_sur.pdf",
                "es",
                [
                    "Colectivo de Acompañamiento Fronterizo - Aporte sobre la frontera sur de México",
                    "En los ranchos y fincas cercanos al río Suchiate trabajan guardias armados contratados por los propietarios, que detienen a personas migrantes que cruzan los terrenos y las entregan a la Guardia Nacional o al Instituto Nacional de Migración.",
                    "Hemos documentado casos de personas retenidas durante horas en bodegas de las fincas, sin agua ni comida, y de mujeres que denunciaron abusos sexuales por parte de guardias. Ninguna de estas denuncias ha avanzado en la fiscalía.",
                    "Las personas migrantes no denuncian por miedo a ser deportadas, y quienes las acompañan sufren hostigamiento.",
                    "Pedimos que las autoridades investiguen a los grupos de seguridad privada que actúan en la franja fronteriza y que se proteja a quienes defienden a las personas migrantes.",
                ],
            ),
        ),
    )
    add(
        "civil-es-afsd",
        ("Asociación Frontera Sur Derechos", "afsd@fronterasurderechos.example.es"),
        "Contribución AFSD - seguridad privada en Ceuta y Melilla",
        T("""
            Buenos días:

            Les remitimos la contribución de la Asociación Frontera Sur Derechos (AFSD)
            sobre la seguridad privada en los centros de estancia temporal y en los pasos
            fronterizos de Ceuta y Melilla.

            Un saludo,
            Javier Moreno Castillo
            Área jurídica, AFSD
            C/ Real 74, 51001 Ceuta
            """),
        "es",
        (CS, "Asociación Frontera Sur Derechos", None),
        acr="AFSD",
        conf="confidential",
        tz=1,
        trap="the refusal is only in the PDF's footer",
        atts=(
            pdf(
                "Contribucion_AFSD.pdf",
                "es",
                [
                    "Asociación Frontera Sur Derechos (AFSD) - Contribución al Grupo de Trabajo",
                    "En los centros de estancia temporal de inmigrantes de Ceuta y Melilla, la vigilancia está a cargo de empresas de seguridad privada contratadas por el ministerio competente. Los centros han llegado a alojar al doble de personas de su capacidad.",
                    "Residentes de los centros nos han descrito registros, expulsiones del centro como sanción y enfrentamientos con vigilantes. Los procedimientos de queja son internos y las personas desconocen el resultado de sus reclamaciones.",
                    "En los pasos fronterizos, vigilantes privados controlan el acceso de las porteadoras y de los trabajadores transfronterizos, en situaciones de gran aglomeración en las que se han producido muertes por aplastamiento.",
                    "AFSD pide que los contratos de vigilancia incluyan obligaciones de formación en derechos humanos y un mecanismo de queja independiente.",
                ],
                title=TITLE["es"],
                footer="Documento confidencial - solo para uso del Grupo de Trabajo, no publicar",
            ),
        ),
    )
    add(
        "civil-es-cdhm",
        ("Centro de Derechos Humanos del Migrante", "comunicaciones@cdhm.example.org.pe"),
        "CDHM - contribución a la convocatoria (empresas de seguridad privada y fronteras)",
        T("""
            Estimados señores:

            Por medio del presente les hacemos llegar la contribución del Centro de Derechos
            Humanos del Migrante (CDHM), con sede en Lima.

            Saludos cordiales,
            Mg. Carmen Rosa Huamán
            Directora Ejecutiva
            Centro de Derechos Humanos del Migrante
            Jr. Huancavelica 470, Cercado de Lima

            """)
        + DISCLAIMER_PE,
        "es",
        (CS, "Centro de Derechos Humanos del Migrante", None),
        acr="CDHM",
        flags=("disclaimer",),
        tz=-5,
        atts=(
            doc(
                "CDHM_contribucion.pdf",
                "es",
                [
                    "Centro de Derechos Humanos del Migrante (CDHM) - Contribución",
                    "El Perú acoge a cerca de ochocientas sesenta mil personas venezolanas. Desde la exigencia de pasaporte y visa humanitaria en 2019, muchas personas ingresan por pasos no habilitados de la frontera norte.",
                    "En el aeropuerto internacional de Lima, personal de empresas de seguridad privada contratadas por el concesionario y las aerolíneas realiza controles previos de documentos y retiene a pasajeros en salas del aeropuerto hasta que llegan las autoridades migratorias. Algunas personas permanecieron en esas salas más de un día.",
                    "Las personas retenidas no tuvieron acceso a un abogado ni a información sobre su situación, y no quedó registro escrito de su retención.",
                    "El CDHM recomienda que las salas de retención en aeropuertos estén bajo responsabilidad exclusiva de la autoridad migratoria y abiertas a la Defensoría del Pueblo.",
                ],
            ),
        ),
    )
    add(
        "civil-es-amt",
        ("Asociación Mujeres en Tránsito", "mujeresentransito@gmail.com"),
        "Contribución de Mujeres en Tránsito y anexo reservado",
        T("""
            Estimadas:

            Enviamos nuestra contribución y un anexo con testimonios. La contribución puede
            publicarse. El anexo, en cambio, es solo para el Grupo de Trabajo: contiene
            relatos de mujeres que podrían ser reconocidas, por lo que les pedimos que no se
            publique ni se comparta.

            Un abrazo,
            Verónica Salgado
            Asociación Mujeres en Tránsito, Ciudad de México
            """),
        "es",
        (CS, "Asociación Mujeres en Tránsito", None),
        alt=("Mujeres en Tránsito",),
        conf="confidential",
        flags=("partial_confidential",),
        tz=-6,
        trap="the annex of testimonies withheld, the rest may be published",
        atts=(
            doc(
                "Contribucion_Mujeres_en_Transito.pdf",
                "es",
                [
                    "Asociación Mujeres en Tránsito - Contribución al Grupo de Trabajo",
                    "En las estaciones migratorias de México, las mujeres detenidas conviven con personal de vigilancia de empresas privadas contratadas por la autoridad migratoria. En varias estaciones la mayoría de los guardias son hombres, incluso en las áreas de mujeres.",
                    "Las mujeres que acompañamos describen revisiones corporales realizadas sin respeto a su intimidad, comentarios sexuales y la falta de productos de higiene. Las que están embarazadas no reciben atención prenatal regular.",
                    "Las quejas presentadas ante la estación no tienen respuesta, y las mujeres temen que quejarse retrase su salida.",
                    "Pedimos que en las áreas de mujeres solo trabaje personal femenino y que la Comisión Nacional de los Derechos Humanos visite sin aviso previo las estaciones migratorias.",
                ],
            ),
            doc(
                "Anexo_testimonios.pdf",
                "es",
                [
                    "Anexo - Testimonios",
                    "Testimonio de M., 24 años, detenida durante 40 días en una estación migratoria del sureste.",
                    "Testimonio de R., 31 años, detenida con su hija de 6 años.",
                ],
            ),
        ),
    )
    add(
        "civil-es-icts",
        ("ICTS Guatemala", "info@icts-guatemala.example.org.gt"),
        "ICTS - contribución sobre contratos de seguridad en la frontera",
        T("""
            Estimado Grupo de Trabajo:

            La Iniciativa Ciudadana por la Transparencia en Seguridad (ICTS) presenta el
            documento adjunto. No tenemos inconveniente en que sea difundido públicamente;
            al contrario, se lo agradeceríamos.

            Cordialmente,
            Lic. Rodrigo Ixcot
            Investigador principal, ICTS
            Zona 1, Ciudad de Guatemala
            """),
        "es",
        (CS, "Iniciativa Ciudadana por la Transparencia en Seguridad", None),
        acr="ICTS",
        conf="publish",
        tz=-6,
        atts=(
            doc(
                "ICTS_contribucion_contratos.pdf",
                "es",
                [
                    "Iniciativa Ciudadana por la Transparencia en Seguridad (ICTS) - Contribución",
                    "Desde 2019, Guatemala ha firmado acuerdos migratorios con Estados Unidos y ha reforzado sus controles en la frontera con Honduras y El Salvador. Parte de la logística de estos controles, incluidos vehículos, sistemas de registro y la vigilancia de algunas instalaciones, ha sido contratada con empresas privadas.",
                    "Nuestras solicitudes de acceso a la información sobre estos contratos fueron denegadas alegando que se trata de información reservada por razones de seguridad nacional. En el portal de compras públicas solo aparecen algunos montos y los nombres de las empresas.",
                    "Varias de las empresas contratadas tienen entre sus socios a exmilitares, y al menos una fue señalada en el pasado por la comisión internacional contra la impunidad.",
                    "La ICTS recomienda que los contratos de seguridad relacionados con la gestión migratoria se publiquen íntegramente y que se limite el uso de la reserva por seguridad nacional.",
                ],
            ),
        ),
    )
    add(
        "civil-es-fcs",
        ("Fundación Caminos Seguros", "direccion@caminosseguros.example.org.co"),
        "Fundación Caminos Seguros - informe y resumen ejecutivo",
        T("""
            Respetados miembros del Grupo de Trabajo:

            En respuesta a su convocatoria, la Fundación Caminos Seguros remite su informe
            sobre la frontera colombo-venezolana y un resumen ejecutivo de dos páginas.

            Cordial saludo,

            Andrés Felipe Rojas
            Director
            Fundación Caminos Seguros
            Av. 0 # 11-45, Cúcuta, Norte de Santander
            Cel. +57 315 402 7719
            www.caminosseguros.example.org.co
            """),
        "es",
        (CS, "Fundación Caminos Seguros", None),
        tz=-5,
        atts=(
            doc(
                "Informe_Caminos_Seguros_frontera.pdf",
                "es",
                [
                    "Fundación Caminos Seguros - Informe sobre seguridad privada en la frontera colombo-venezolana",
                    "Por los puentes internacionales y las trochas de Norte de Santander cruzan cada día decenas de miles de personas. En las trochas, grupos armados cobran por el paso y controlan quién cruza; en los puentes, el control corresponde a las autoridades migratorias.",
                    "En terminales de transporte y en algunos albergues temporales, empresas de vigilancia privada controlan el acceso de las personas venezolanas y, según los testimonios, piden documentos y niegan la entrada a quienes no los tienen.",
                    "Trabajadores de fincas y de comercios cercanos a la frontera señalaron que guardias privados vigilan los caminos rurales y avisan a los grupos armados cuando pasan personas.",
                    "La Fundación recomienda a las autoridades vigilar de cerca a las empresas de seguridad que operan en zona de frontera y garantizar rutas seguras de cruce.",
                ],
            ),
            doc(
                "Resumen_ejecutivo_Caminos_Seguros.docx",
                "es",
                [
                    "Fundación Caminos Seguros - Resumen ejecutivo",
                    "La presencia de vigilancia privada y de grupos armados en la frontera agrava los riesgos para las personas migrantes. Se recomienda mayor control estatal.",
                ],
            ),
        ),
    )
    add(
        "civil-es-cic",
        ("Coordinadora de Inmigrantes de Canarias", "coordinadora.inmigrantes.canarias@gmail.com"),
        "RE: Convocatoria: El papel de las empresas militares y de seguridad privadas en la gestión de la inmigración y las fronteras",
        T("""
            Buenas tardes:

            Les enviamos nuestra aportación sobre las islas Canarias. Estamos de acuerdo en
            que se publique en la web con las demás.

            Saludos,
            Coordinadora de Inmigrantes de Canarias
            Las Palmas de Gran Canaria

            El lun., 3 feb. 2020 a las 10:12, WG Mercenaries (OHCHR)
            (<wg-mercenaries@ohchr.example>) escribió:
            > Estimados colegas:
            > El Grupo de Trabajo sobre la utilización de mercenarios invita a los Estados,
            > a la sociedad civil y a otras partes interesadas a enviar contribuciones
            > para su próximo informe al Consejo de Derechos Humanos, a más tardar el
            > 17 de marzo de 2020.
            """),
        "es",
        (CS, "Coordinadora de Inmigrantes de Canarias", None),
        conf="publish",
        tz=0,
        in_reply_to=CALL_ID,
        atts=(
            doc(
                "Aportacion_Coordinadora_Canarias.docx",
                "es",
                [
                    "Coordinadora de Inmigrantes de Canarias - Aportación",
                    "La llegada de embarcaciones a las islas Canarias aumentó en 2019. Las personas que llegan son conducidas a instalaciones provisionales en los muelles y después a centros de internamiento o de acogida, donde la vigilancia corre a cargo de empresas de seguridad privada.",
                    "En los muelles, las personas pasan hasta tres días bajo carpas, vigiladas por personal privado, sin acceso a abogado ni a intérprete. Las condiciones han sido criticadas por el Defensor del Pueblo.",
                    "Menores de edad que viajaban solos fueron tratados como adultos y alojados con ellos hasta que se determinó su edad.",
                    "Pedimos que la primera acogida se haga en instalaciones adecuadas, con personal público responsable y acceso inmediato a asistencia jurídica.",
                ],
            ),
        ),
    )
    add(
        "joint-es-resamh",
        ("RESAMH Secretaría", "secretaria@resamh.example.org"),
        "Contribución conjunta - RESAMH y organizaciones firmantes",
        T("""
            Estimado Grupo de Trabajo:

            La Red Sudamericana por la Movilidad Humana (RESAMH) presenta, junto con cuatro
            organizaciones firmantes cuyos nombres figuran en la portada, la contribución
            conjunta adjunta. Todas las organizaciones consienten en su publicación.

            Saludos fraternos,
            Secretaría de la RESAMH
            Montevideo - Buenos Aires - Santiago
            """),
        "es",
        (CS, "Red Sudamericana por la Movilidad Humana and 4 others", None),
        alt=(
            "Red Sudamericana por la Movilidad Humana (RESAMH) and 4 others",
            "Red Sudamericana por la Movilidad Humana y 4 otras organizaciones",
        ),
        conf="publish",
        tz=-3,
        atts=(
            doc(
                "Contribucion_conjunta_RESAMH.pdf",
                "es",
                [
                    "Contribución conjunta de la Red Sudamericana por la Movilidad Humana (RESAMH), con la firma de: Centro de Apoyo al Migrante de Arica; Colectivo Frontera Norte Argentina; Asociación Paraguaya de Personas Retornadas; Observatorio Ciudadano de Migraciones de Bolivia",
                    "En la triple frontera y en los pasos andinos, los controles migratorios son realizados por autoridades públicas, pero las terminales de autobuses, los puertos fluviales y los centros comerciales fronterizos están vigilados por empresas privadas que exigen documentos y retienen a personas extranjeras.",
                    "En el norte de Chile, personas venezolanas que ingresaron por pasos no habilitados fueron retenidas en recintos vigilados por guardias privados antes de su expulsión administrativa.",
                    "Las organizaciones firmantes piden que los Estados de la región regulen expresamente los límites de la seguridad privada en zonas de frontera.",
                ],
            ),
        ),
    )
    add(
        "civil-es-rddd",
        ("Red de Defensoras del Darién", "defensorasdarien@gmail.com"),
        "Aporte de la Red de Defensoras del Darién",
        T("""
            Señoras y señores del Grupo de Trabajo:

            Somos una red de mujeres de comunidades indígenas y afrodescendientes de la
            provincia del Darién, en Panamá, donde llegan las personas que cruzan la selva
            desde Colombia. No tenemos un documento formal, por eso les escribimos aquí lo
            que vemos.

            Las personas salen de la selva agotadas, heridas, muchas veces después de ser
            asaltadas. Son llevadas a las estaciones de recepción migratoria, donde el
            control lo hace la policía de fronteras, pero la comida, el transporte y parte
            de la vigilancia están a cargo de empresas contratadas. Las personas nos dicen
            que no pueden salir de la estación y que nadie les explica cuánto tiempo
            estarán allí.

            En los buses que las llevan hacia la frontera con Costa Rica viajan guardias de
            las empresas de transporte. Hemos escuchado quejas de cobros y de maltratos, y
            no sabemos a quién deben dirigirse esas quejas.

            Pedimos que las estaciones estén abiertas a las organizaciones locales y que
            las comunidades del Darién sean escuchadas.

            Con respeto,
            Red de Defensoras del Darién
            Metetí, Darién, Panamá
            """),
        "es",
        (CS, "Red de Defensoras del Darién", None),
        tz=-5,
    )


def spanish_academics() -> None:
    add(
        "acade-es-cjmh",
        ("Clínica Jurídica de Movilidad Humana", "clinica.movilidad@upsur.example.cl"),
        "Clínica Jurídica de Movilidad Humana - Universidad del Pacífico Sur",
        T("""
            Estimados señores:

            Adjuntamos la nota de remisión y el informe de la Clínica Jurídica de Movilidad
            Humana de la Universidad del Pacífico Sur.

            Atentamente,
            Prof. Ignacio Valdivia
            Director, Clínica Jurídica de Movilidad Humana
            Facultad de Derecho, Universidad del Pacífico Sur
            Valparaíso, Chile
            """),
        "es",
        (AC, "Clínica Jurídica de Movilidad Humana, Universidad del Pacífico Sur", None),
        alt=("Clínica Jurídica de Movilidad Humana de la Universidad del Pacífico Sur",),
        conf="confidential",
        tz=-3,
        trap="the refusal is in the cover note (a separate document)",
        atts=(
            doc(
                "Nota_de_remision_Clinica.pdf",
                "es",
                [
                    "Clínica Jurídica de Movilidad Humana, Universidad del Pacífico Sur - Nota de remisión",
                    "Remitimos al Grupo de Trabajo el informe adjunto, elaborado a partir de causas patrocinadas por la Clínica. Solicitamos que el informe se mantenga reservado y no se publique, ya que algunas de las causas siguen en tramitación ante los tribunales.",
                ],
                title="Nota de remisión",
            ),
            doc(
                "Informe_Clinica_Movilidad_Humana.pdf",
                "es",
                [
                    "Clínica Jurídica de Movilidad Humana, Universidad del Pacífico Sur - Informe",
                    "La Clínica ha patrocinado recursos de amparo en favor de personas extranjeras retenidas en recintos de la Policía de Investigaciones y en instalaciones provisorias habilitadas para expulsiones colectivas. Algunas de esas instalaciones, como gimnasios y recintos deportivos, fueron vigiladas por guardias de empresas privadas.",
                    "Los tribunales han acogido varios recursos al constatar que las personas estuvieron privadas de libertad sin orden judicial y sin conocer la causa de su retención.",
                    "En los vuelos de expulsión colectiva, el embarque se realizó con apoyo de personal privado de la aerolínea, sin que exista registro de su intervención.",
                    "La Clínica recomienda que toda privación de libertad con fines de expulsión se realice en recintos públicos habilitados, con control judicial inmediato.",
                ],
            ),
        ),
    )
    add(
        "acade-es-gesm",
        ("GESM - Universidad Autónoma del Altiplano", "gesm@uaaltiplano.example.edu.bo"),
        "Contribución del Grupo de Estudios sobre Seguridad y Migraciones (GESM)",
        T("""
            Estimado Grupo de Trabajo:

            Tenemos el agrado de remitir la contribución del Grupo de Estudios sobre
            Seguridad y Migraciones (GESM) de la Universidad Autónoma del Altiplano.

            Saludos cordiales,
            Dra. Ximena Quispe Mamani
            Coordinadora del GESM
            Carrera de Sociología, Universidad Autónoma del Altiplano, El Alto
            """),
        "es",
        (
            AC,
            "Grupo de Estudios sobre Seguridad y Migraciones, Universidad Autónoma del Altiplano",
            None,
        ),
        acr="GESM",
        alt=(
            "Grupo de Estudios sobre Seguridad y Migraciones (GESM), Universidad Autónoma del Altiplano",
        ),
        tz=-4,
        atts=(
            doc(
                "GESM_contribucion.pdf",
                "es",
                [
                    "Grupo de Estudios sobre Seguridad y Migraciones (GESM), Universidad Autónoma del Altiplano - Contribución",
                    "Nuestra investigación estudia los pasos fronterizos del altiplano entre Bolivia, Chile y Perú, por donde circulan comerciantes, trabajadores temporales y, desde 2018, un número creciente de personas venezolanas.",
                    "Las entrevistas se realizaron de forma anónima y los nombres de las personas entrevistadas no figuran en ningún documento del proyecto. Muchas temían ser identificadas por las autoridades o por los transportistas.",
                    "Los transportistas y sus ayudantes cumplen de hecho funciones de control: piden documentos, deciden quién sube al bus y entregan a las personas sin papeles en los puestos de control.",
                    "Recomendamos que los Estados aclaren las obligaciones de los transportistas y prohíban las retenciones por parte de particulares.",
                ],
            ),
        ),
    )
    add(
        "acade-es-ugr",
        ("Grupo Migraciones y Control (UGR)", "migracionesycontrol@ugr.example.es"),
        "Contribución del Grupo de Investigación Migraciones y Control - Universidad de Granada",
        T("""
            Estimadas y estimados:

            Adjunto la contribución del Grupo de Investigación Migraciones y Control de la
            Universidad de Granada. Por nuestra parte no hay ningún problema en que se haga
            pública.

            Un cordial saludo,

            Pablo Herrera Ruiz
            Profesor Titular de Derecho Administrativo
            Grupo de Investigación Migraciones y Control
            Facultad de Derecho, Universidad de Granada
            """),
        "es",
        (AC, "Grupo de Investigación Migraciones y Control, Universidad de Granada", None),
        alt=("Grupo de Investigación Migraciones y Control de la Universidad de Granada",),
        conf="publish",
        tz=1,
        atts=(
            doc(
                "Contribucion_UGR_Migraciones_y_Control.pdf",
                "es",
                [
                    "Grupo de Investigación Migraciones y Control, Universidad de Granada - Contribución",
                    "Nuestro grupo ha examinado los pliegos de contratación de servicios de seguridad en centros de internamiento de extranjeros y en instalaciones de primera acogida en España entre 2012 y 2019.",
                    "Los pliegos describen con detalle el número de vigilantes, los turnos y el equipamiento, pero apenas mencionan la formación en derechos humanos o la atención a personas vulnerables. El criterio de adjudicación que más pesa es, en casi todos los casos, el precio.",
                    "La normativa vigente reserva las funciones de custodia a la policía, pero la línea entre vigilancia de instalaciones y custodia de personas se ha difuminado en la práctica.",
                    "Proponemos que los pliegos incluyan cláusulas sociales y de derechos humanos con peso real en la adjudicación y que se publiquen los informes de ejecución de los contratos.",
                ],
            ),
        ),
    )
    add(
        "acade-es-cimode",
        ("CIMODE Javeriana", "cimode@javeriana.example.edu.co"),
        "Aporte del CIMODE - Pontificia Universidad Javeriana",
        T("""
            Apreciados miembros del Grupo de Trabajo:

            El Centro de Investigación en Movilidad y Derechos (CIMODE) de la Pontificia
            Universidad Javeriana se permite remitir el documento adjunto.

            Cordialmente,
            Juliana Ospina Restrepo
            Investigadora, CIMODE
            Bogotá D.C.
            """),
        "es",
        (
            AC,
            "Centro de Investigación en Movilidad y Derechos, Pontificia Universidad Javeriana",
            None,
        ),
        acr="CIMODE",
        alt=(
            "Centro de Investigación en Movilidad y Derechos (CIMODE), Pontificia Universidad Javeriana",
        ),
        tz=-5,
        atts=(
            doc(
                "CIMODE_aporte.docx",
                "es",
                [
                    "Centro de Investigación en Movilidad y Derechos (CIMODE), Pontificia Universidad Javeriana - Aporte",
                    "Colombia ha recibido a cerca de un millón ochocientas mil personas venezolanas. La respuesta estatal ha combinado la regularización con controles en la frontera y en las ciudades.",
                    "El registro biométrico de personas migrantes se ha apoyado en plataformas tecnológicas desarrolladas por empresas privadas y financiadas por la cooperación internacional. Las condiciones de acceso y conservación de esos datos no son públicas.",
                    "En centros comerciales, conjuntos residenciales y estaciones de transporte masivo, vigilantes privados piden documentos a personas que identifican como venezolanas, una práctica que refuerza la discriminación.",
                    "El CIMODE recomienda una política de protección de datos específica para la población migrante y la capacitación de la vigilancia privada en no discriminación.",
                ],
            ),
        ),
    )


def spanish_states() -> None:
    add(
        "state-es-chl",
        ("Misión Permanente de Chile", "chileginebra@minrel-chile.example"),
        "Chile - respuesta a la convocatoria del GT sobre mercenarios (reservado)",
        T("""
            Estimados señores:

            La Misión Permanente de Chile ante la Oficina de las Naciones Unidas en Ginebra
            remite adjunta la respuesta del Estado de Chile. Se solicita que la información
            se mantenga con carácter reservado, para uso exclusivo del Grupo de Trabajo, y
            que no sea publicada.

            Atentamente,
            Misión Permanente de Chile, Ginebra
            """),
        "es",
        (MS, "Chile", "CHL"),
        alt=("República de Chile",),
        conf="confidential",
        tz=1,
        atts=(
            doc(
                "Respuesta_Chile_GT_mercenarios.pdf",
                "es",
                [
                    "Respuesta del Estado de Chile a la convocatoria del Grupo de Trabajo sobre la utilización de mercenarios",
                    "El control migratorio en los pasos fronterizos, puertos y aeropuertos de Chile corresponde a la Policía de Investigaciones. La vigilancia de la frontera terrestre compete a Carabineros de Chile y, en determinadas zonas, a las Fuerzas Armadas.",
                    "Las empresas de seguridad privada se rigen por la normativa sobre vigilantes privados y guardias de seguridad, bajo la supervisión de Carabineros. No cumplen funciones de control migratorio.",
                    "Las medidas de expulsión se ejecutan por la Policía de Investigaciones. Para los vuelos de expulsión se contratan aeronaves a empresas privadas o se utilizan aeronaves de la Fuerza Aérea.",
                ],
            ),
        ),
    )
    add(
        "state-es-cri",
        ("Misión de Costa Rica en Ginebra", "mision.costarica@rree-costarica.example"),
        "Costa Rica: contribución a la convocatoria del Grupo de Trabajo",
        T("""
            Estimados señores:

            La Misión Permanente de Costa Rica ante la Oficina de las Naciones Unidas en
            Ginebra tiene el honor de remitir la contribución del Gobierno de la República,
            preparada por la Dirección General de Migración y Extranjería. Costa Rica no
            tiene objeción a su publicación.

            Con las muestras de nuestra más alta consideración,
            Misión Permanente de Costa Rica
            """),
        "es",
        (MS, "Costa Rica", "CRI"),
        alt=("República de Costa Rica",),
        conf="publish",
        tz=1,
        atts=(
            doc(
                "Contribucion_Costa_Rica.pdf",
                "es",
                [
                    "Contribución de la República de Costa Rica - Dirección General de Migración y Extranjería",
                    "El control migratorio en Costa Rica es competencia de la Dirección General de Migración y Extranjería y de la Policía Profesional de Migración. La vigilancia de las fronteras corresponde a la Policía de Fronteras del Ministerio de Seguridad Pública.",
                    "Las personas migrantes en tránsito que ingresan desde Panamá son atendidas en centros de atención temporal, en coordinación con organismos internacionales. En algunos de ellos se ha contratado a empresas privadas para la alimentación, la limpieza y la vigilancia perimetral, bajo la supervisión de funcionarios públicos.",
                    "El Centro de Aprehensión Temporal para Extranjeros es administrado y custodiado exclusivamente por la Policía Profesional de Migración.",
                ],
            ),
        ),
    )
    add(
        "state-es-ury",
        ("Misión Permanente del Uruguay", "urugi@mrree-uruguay.example"),
        "Nota - Misión Permanente de la República Oriental del Uruguay",
        T("""
            Señores:

            Se adjunta la nota de la Misión Permanente de la República Oriental del Uruguay
            con la información proporcionada por el Ministerio del Interior.

            Saludos cordiales,
            Misión Permanente del Uruguay ante las Naciones Unidas, Ginebra
            """),
        "es",
        (MS, "Uruguay", "URY"),
        alt=("República Oriental del Uruguay",),
        tz=1,
        atts=(
            doc(
                "Nota_Uruguay_GT_mercenarios.pdf",
                "es",
                [
                    "Misión Permanente de la República Oriental del Uruguay ante la Oficina de las Naciones Unidas en Ginebra - Nota",
                    "La Misión Permanente de la República Oriental del Uruguay saluda atentamente a la Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos y, en respuesta a la convocatoria del Grupo de Trabajo sobre la utilización de mercenarios, tiene el honor de informar lo siguiente.",
                    "El control migratorio es competencia de la Dirección Nacional de Migración del Ministerio del Interior. La legislación nacional no admite la delegación de esta función en empresas privadas.",
                    "Las empresas de seguridad privada están sujetas a habilitación y control del Registro Nacional de Empresas de Seguridad del Ministerio del Interior, y pueden prestar servicios en aeropuertos y puertos bajo supervisión de las autoridades.",
                    "La Misión Permanente de la República Oriental del Uruguay hace propicia la oportunidad para reiterar a la Oficina del Alto Comisionado las seguridades de su más alta consideración.",
                ],
            ),
        ),
    )
    add(
        "state-es-ecu",
        ("Misión Permanente del Ecuador", "eecuginebra@cancilleria-ecuador.example"),
        "Ecuador - contribución (remitida con retraso)",
        T("""
            Estimados señores:

            Con las disculpas del caso por el retraso, la Misión Permanente del Ecuador
            remite la contribución del Gobierno ecuatoriano a la convocatoria del Grupo de
            Trabajo sobre la utilización de mercenarios.

            Atentamente,
            Misión Permanente del Ecuador ante la Oficina de las Naciones Unidas en Ginebra
            """),
        "es",
        (MS, "Ecuador", "ECU"),
        alt=("República del Ecuador",),
        tz=1,
        received=after(19, 15, 9),
        atts=(
            doc(
                "Contribucion_Ecuador_GT.pdf",
                "es",
                [
                    "Contribución del Gobierno de la República del Ecuador",
                    "El control migratorio en el Ecuador corresponde al Ministerio de Gobierno, a través de la Subsecretaría de Migración y de la Policía Nacional. La Constitución reconoce el derecho a migrar y establece que ninguna persona será considerada ilegal por su condición migratoria.",
                    "El Ecuador ha recibido a más de cuatrocientas mil personas venezolanas. En los pasos fronterizos del norte y del sur se han instalado centros binacionales de atención, en los que participan organismos internacionales y organizaciones de la sociedad civil.",
                    "Las empresas de seguridad privada, reguladas por la ley de vigilancia y seguridad privada, no participan en funciones de control migratorio.",
                ],
            ),
        ),
    )


def spanish_institutions() -> None:
    add(
        "nhri-es-indh",
        ("INDH Chile - Unidad de Estudios", "estudios@indh.example.cl"),
        "Contribución del Instituto Nacional de Derechos Humanos de Chile",
        T("""
            Estimados señores:

            El Instituto Nacional de Derechos Humanos (INDH), institución nacional de
            derechos humanos de Chile, remite su contribución a la convocatoria.

            Saludos cordiales,
            Felipe Arancibia
            Unidad de Estudios, Instituto Nacional de Derechos Humanos
            Eliodoro Yáñez 1626, Providencia, Santiago
            """),
        "es",
        (NHRI, "Instituto Nacional de Derechos Humanos", "CHL"),
        acr="INDH",
        alt=("Instituto Nacional de Derechos Humanos de Chile",),
        tz=-3,
        atts=(
            doc(
                "INDH_contribucion_GT_mercenarios.pdf",
                "es",
                [
                    "Instituto Nacional de Derechos Humanos (INDH) - Contribución",
                    "El INDH ha observado procesos de expulsión administrativa de personas extranjeras, incluidos los vuelos de expulsión colectiva organizados en 2019. En varios casos, las personas fueron notificadas y trasladadas en pocas horas, sin posibilidad efectiva de recurrir.",
                    "El INDH constató que algunas personas fueron retenidas en recintos no destinados a ese fin antes de su expulsión, y que en ciertos aeropuertos del norte del país guardias privados participaron en la custodia de pasajeros inadmitidos.",
                    "El INDH ha presentado acciones judiciales en favor de personas expulsadas, varias de las cuales fueron acogidas por los tribunales superiores.",
                    "El INDH recomienda una nueva legislación migratoria que garantice el debido proceso y reserve a la autoridad pública toda función de custodia.",
                ],
            ),
        ),
    )
    add(
        "nhri-es-dpdom",
        ("Defensor del Pueblo RD", "relacionesinternacionales@defensordelpueblo.example.gob.do"),
        "Aporte del Defensor del Pueblo de la República Dominicana",
        T("""
            Distinguidos miembros del Grupo de Trabajo:

            Tenemos a bien remitir el aporte del Defensor del Pueblo de la República
            Dominicana. Autorizamos su publicación en el sitio web de la Oficina del Alto
            Comisionado.

            Atentamente,
            Licda. Yokasta Peralta
            Directora de Relaciones Internacionales
            Defensor del Pueblo de la República Dominicana
            """),
        "es",
        (NHRI, "Defensor del Pueblo de la República Dominicana", "DOM"),
        alt=("Defensor del Pueblo",),
        conf="publish",
        tz=-4,
        atts=(
            doc(
                "Aporte_Defensor_del_Pueblo_RD.pdf",
                "es",
                [
                    "Defensor del Pueblo de la República Dominicana - Aporte al Grupo de Trabajo",
                    "La Dirección General de Migración es la autoridad responsable del control migratorio y de las deportaciones. El Defensor del Pueblo ha recibido quejas sobre operativos de detención de personas extranjeras en barrios, mercados y centros de trabajo.",
                    "Algunas quejas señalan que personal de seguridad privada de empresas agrícolas y de construcción retuvo a trabajadores extranjeros hasta la llegada de los agentes migratorios.",
                    "El Defensor del Pueblo ha visitado centros de procesamiento migratorio y ha recomendado mejoras en las condiciones de permanencia y en la identificación de menores de edad.",
                    "Se recomienda que ninguna persona sea retenida por particulares y que cada operativo cuente con registro escrito y presencia de observadores.",
                ],
            ),
        ),
    )
    add(
        "inter-es-ippdh",
        ("IPPDH MERCOSUR", "ippdh@ippdh.example.mercosur.int"),
        "Contribución del IPPDH del MERCOSUR",
        T("""
            Estimados colegas:

            El Instituto de Políticas Públicas en Derechos Humanos del MERCOSUR (IPPDH)
            acompaña la presente contribución, elaborada por su Departamento de
            Investigación y Gestión de la Información.

            Saludos cordiales,
            Departamento de Investigación y Gestión de la Información
            IPPDH - MERCOSUR
            Av. del Libertador 8151, Buenos Aires
            """),
        "es",
        (IO, "Instituto de Políticas Públicas en Derechos Humanos del MERCOSUR", None),
        acr="IPPDH",
        tz=-3,
        atts=(
            doc(
                "IPPDH_contribucion.pdf",
                "es",
                [
                    "Instituto de Políticas Públicas en Derechos Humanos del MERCOSUR (IPPDH) - Contribución",
                    "El Acuerdo sobre Residencia para Nacionales de los Estados Partes del MERCOSUR y Estados Asociados ha facilitado la regularización de millones de personas en la región. Sin embargo, la llegada de personas venezolanas ha llevado a varios Estados a reforzar sus controles fronterizos.",
                    "El IPPDH ha elaborado directrices regionales sobre los derechos de niños, niñas y adolescentes migrantes que desaconsejan su privación de libertad.",
                    "La información disponible sobre la participación de empresas privadas en la gestión migratoria de la región es escasa; en general se limita a servicios de transporte, de tecnología y de vigilancia de instalaciones.",
                    "El IPPDH sugiere que el Grupo de Trabajo promueva la recolección de datos sobre estos contratos en la región.",
                ],
            ),
        ),
    )
    add(
        "inter-es-can",
        ("Secretaría General de la CAN", "sgcan.movilidad@comunidadandina.example.org"),
        "Secretaría General de la Comunidad Andina - aporte a la convocatoria",
        T("""
            Señores:

            La Secretaría General de la Comunidad Andina tiene el agrado de dirigirse al
            Grupo de Trabajo para remitir su aporte.

            Atentamente,
            Área de Movilidad de Personas
            Secretaría General de la Comunidad Andina, Lima
            """),
        "es",
        (IO, "Secretaría General de la Comunidad Andina", None),
        alt=(
            "Comunidad Andina",
            "Comunidad Andina (CAN)",
            "Secretaría General de la Comunidad Andina (SGCAN)",
        ),
        tz=-5,
        atts=(
            doc(
                "Aporte_SGCAN.pdf",
                "es",
                [
                    "Secretaría General de la Comunidad Andina - Aporte",
                    "La normativa comunitaria andina garantiza la libre circulación de los ciudadanos de los Países Miembros con la sola presentación de su documento nacional de identidad, y establece el Centro Binacional de Atención en Frontera como modelo de control integrado.",
                    "En los Centros Binacionales de Atención en Frontera, las funciones de control son ejercidas por autoridades públicas de los dos países. Los servicios de mantenimiento, limpieza y vigilancia de las instalaciones pueden estar a cargo de empresas privadas.",
                    "La Secretaría General promueve la armonización de las estadísticas migratorias de la subregión y el intercambio de buenas prácticas en la atención a personas en situación de vulnerabilidad.",
                ],
            ),
        ),
    )


def spanish_others() -> None:
    add(
        "priva-es-sia",
        ("Seguridad Integral Andina", "cumplimiento@seguridadintegralandina.example.com.pe"),
        "Seguridad Integral Andina S.A. - aporte a la convocatoria",
        T("""
            Estimados señores:

            Seguridad Integral Andina S.A., empresa de seguridad privada con operaciones en
            Perú, Ecuador y Bolivia, se complace en presentar el aporte adjunto.

            Atentamente,
            Gerencia de Cumplimiento y Asuntos Corporativos
            Seguridad Integral Andina S.A.
            Av. Javier Prado Este 2875, San Borja, Lima
            """),
        "es",
        (PS, "Seguridad Integral Andina S.A.", None),
        alt=("Seguridad Integral Andina",),
        tz=-5,
        atts=(
            doc(
                "SIA_aporte_GT.pdf",
                "es",
                [
                    "Seguridad Integral Andina S.A. - Aporte al Grupo de Trabajo sobre la utilización de mercenarios",
                    "Nuestra empresa presta servicios de vigilancia en aeropuertos, puertos y terminales terrestres, bajo contrato con los concesionarios de esa infraestructura. Nuestros agentes no realizan controles migratorios, que competen a las autoridades.",
                    "Cuando nuestro personal detecta a una persona sin documentos en zonas restringidas, el procedimiento interno establece avisar de inmediato a la autoridad competente, sin retener a la persona más allá del tiempo necesario para su llegada.",
                    "La empresa realiza auditorías internas anuales de cumplimiento de sus procedimientos. Los resultados de esas auditorías son de uso interno y se comparten con los clientes que los solicitan; no se publican.",
                    "Consideramos útil que se elaboren pautas regionales sobre la actuación de la seguridad privada frente a personas migrantes.",
                ],
            ),
        ),
    )
    add(
        "priva-es-fispv",
        ("FISPV - Secretaría General", "secretaria.general@fispv.example.org"),
        "Aporte de la Federación Iberoamericana de Seguridad Privada y Vigilancia (FISPV)",
        T("""
            Distinguidos señores:

            La Federación Iberoamericana de Seguridad Privada y Vigilancia, que agrupa a
            asociaciones empresariales de once países, remite su aporte a la convocatoria.

            Reciban un cordial saludo,
            Ernesto Villalobos
            Secretario General, FISPV
            Madrid - Ciudad de México - Bogotá
            """),
        "es",
        (PS, "Federación Iberoamericana de Seguridad Privada y Vigilancia", None),
        acr="FISPV",
        tz=1,
        atts=(
            doc(
                "FISPV_aporte.docx",
                "es",
                [
                    "Federación Iberoamericana de Seguridad Privada y Vigilancia (FISPV) - Aporte",
                    "El sector de la seguridad privada emplea en Iberoamérica a más personas que las policías de muchos países. Sus empresas asociadas prestan servicios en infraestructuras de transporte y, en algunos países, en instalaciones vinculadas a la gestión migratoria.",
                    "La Federación considera que la seguridad privada debe actuar siempre como complemento de la seguridad pública y nunca sustituirla en funciones de autoridad, como la detención de personas o el control de documentos de identidad en frontera.",
                    "Las asociaciones miembro han aprobado un código deontológico común que incluye el respeto de los derechos humanos y la no discriminación. La Federación promueve su incorporación en los pliegos de contratación pública.",
                    "La FISPV se pone a disposición del Grupo de Trabajo para colaborar en la elaboración de estándares.",
                ],
            ),
        ),
    )
    add(
        "other-es-suva",
        ("SUVA Sindicato", "suva.sindicato@hotmail.com"),
        "Sindicato Unificado de Vigilantes Aeroportuarios - contribución",
        T("""
            Estimados compañeros del Grupo de Trabajo:

            El Sindicato Unificado de Vigilantes Aeroportuarios (SUVA) les hace llegar su
            contribución sobre las condiciones de trabajo y las funciones que se asignan a
            los vigilantes en las salas de inadmitidos.

            Saludos sindicales,
            Comité Ejecutivo del SUVA
            """),
        "es",
        (OTH, "Sindicato Unificado de Vigilantes Aeroportuarios", None),
        acr="SUVA",
        tz=-5,
        atts=(
            doc(
                "Contribucion_SUVA.pdf",
                "es",
                [
                    "Sindicato Unificado de Vigilantes Aeroportuarios (SUVA) - Contribución",
                    "Nuestros afiliados trabajan como vigilantes de empresas privadas en aeropuertos internacionales. Cada vez más, se les asigna la custodia de pasajeros inadmitidos en salas cerradas, a veces durante varios días, mientras se decide su retorno.",
                    "Los vigilantes no reciben instrucciones escritas ni capacitación para esta tarea. No saben qué hacer si una persona pide asilo, se enferma o intenta salir de la sala.",
                    "Los turnos de doce horas y la falta de personal hacen que un solo vigilante quede a cargo de grupos numerosos, incluidos niños.",
                    "El SUVA pide que la custodia de personas inadmitidas corresponda a la autoridad migratoria y que, mientras tanto, se establezcan protocolos y capacitación obligatoria.",
                ],
            ),
        ),
    )
    add(
        "other-es-svf",
        ("Alcaldía San Vicente de la Frontera", "alcaldia@sanvicentefrontera.example.gob"),
        "Contribución de la Municipalidad de San Vicente de la Frontera",
        T("""
            Señores del Grupo de Trabajo:

            La Municipalidad de San Vicente de la Frontera, municipio fronterizo por el que
            transitan cada día cientos de personas migrantes, remite su contribución.

            Atentamente,
            Ing. Óscar Mendoza Palacios
            Alcalde Municipal
            Municipalidad de San Vicente de la Frontera
            """),
        "es",
        (OTH, "Municipalidad de San Vicente de la Frontera", None),
        alt=("San Vicente de la Frontera",),
        tz=-6,
        atts=(
            doc(
                "Contribucion_Municipalidad_San_Vicente.pdf",
                "es",
                [
                    "Municipalidad de San Vicente de la Frontera - Contribución",
                    "Nuestro municipio limita con el país vecino y alberga una terminal de autobuses internacional. Desde 2018 pasan por aquí caravanas y grupos numerosos de personas migrantes.",
                    "La terminal es administrada por una empresa privada cuyo personal de seguridad controla el acceso y exige boletos y documentos. Personas sin documentos han sido retiradas de la terminal y se han quedado a dormir en la calle.",
                    "La Municipalidad ha habilitado un albergue temporal con apoyo de iglesias y organizaciones, pero no recibe recursos del gobierno central para atender esta situación.",
                    "Solicitamos que los municipios fronterizos sean consultados sobre los operativos migratorios y reciban apoyo para la atención humanitaria.",
                ],
            ),
        ),
    )
    add(
        "other-es-quintero",
        ("Despacho Diputada Marcela Quintero", "despacho.mquintero@congreso.example.gt"),
        "Contribución de la Diputada Marcela Quintero",
        T("""
            Estimados señores:

            Por instrucciones de la Diputada Marcela Quintero, integrante de la Comisión de
            Migrantes del Congreso de la República, remito su contribución a la
            convocatoria del Grupo de Trabajo.

            Atentamente,
            Lic. Daniel Choc
            Asesor legislativo
            Despacho de la Diputada Marcela Quintero
            """),
        "es",
        (OTH, "Diputada Marcela Quintero", None),
        alt=("Marcela Quintero",),
        tz=-6,
        atts=(
            doc(
                "Contribucion_Dip_Quintero.pdf",
                "es",
                [
                    "Contribución de la Diputada Marcela Quintero, Comisión de Migrantes del Congreso de la República de Guatemala",
                    "Como integrante de la Comisión de Migrantes, he solicitado en varias ocasiones información al Ejecutivo sobre los contratos relacionados con el control fronterizo y la recepción de personas retornadas. Las respuestas han sido incompletas.",
                    "La recepción de personas deportadas por vía aérea se realiza en instalaciones de la Fuerza Aérea, pero el transporte posterior y parte de la atención se han contratado con particulares sin licitación pública.",
                    "Es necesario que el Congreso ejerza un control efectivo sobre estos contratos, y que los acuerdos migratorios internacionales se sometan a su aprobación.",
                ],
            ),
        ),
    )
    add(
        "indiv-es-mejia",
        ("Rosa Elvira Mejía", "rosaelvira.mejia68@yahoo.com"),
        "Testimonio de una madre - sin mi nombre por favor",
        T("""
            Buenas tardes:

            Les escribo desde San Pedro Sula. Mi hijo estuvo detenido casi un año en un
            centro de detención de inmigrantes en Estados Unidos que es de una compañía
            privada. Una muchacha de una organización me ayudó a escribir lo que adjunto.
            Pueden ponerlo en internet, pero sin mi nombre ni el de mi hijo, porque tenemos
            miedo.

            Dios les bendiga,
            Rosa
            """),
        "es",
        (IND, "Rosa Elvira Mejía", None),
        conf="publish",
        flags=("anonymous",),
        tz=-6,
        atts=(
            doc(
                "testimonio_madre.docx",
                "es",
                [
                    "Testimonio de Rosa Elvira Mejía, madre de un joven detenido",
                    "Mi hijo salió de Honduras a los diecinueve años porque las pandillas lo amenazaban. Pidió asilo en la frontera y lo llevaron a un centro de detención. Durante meses solo pude hablar con él por teléfono, y cada llamada me costaba mucho dinero.",
                    "Él me contaba que los guardias le gritaban, que la comida era poca y que cuando se enfermó tardaron semanas en llevarlo al médico. Trabajaba en la cocina del centro por un dólar al día para poder comprar tarjetas telefónicas.",
                    "Le negaron el asilo y lo deportaron. Llegó esposado, con la misma ropa con la que se fue y sin sus papeles.",
                    "Pido que traten a los muchachos como seres humanos y que las familias puedan hablar con ellos sin pagar tanto.",
                ],
            ),
        ),
    )
    add(
        "indiv-es-pacheco",
        ("Jorge Luis Pacheco", "jlpacheco.seguridad@gmail.com"),
        "Testimonio de un exguardia de estación migratoria (anónimo)",
        T("""
            Buenos días:

            Trabajé dos años como guardia de una empresa de seguridad privada contratada en
            una estación migratoria. Quiero contar lo que vi. Pueden publicar este correo,
            pero no mi nombre, porque sigo trabajando en seguridad y tengo familia.

            Entré sin ninguna capacitación especial, solo un curso de una semana de
            vigilancia general. Nadie nos explicó qué derechos tienen las personas
            detenidas ni qué hacer si alguien pedía refugio. Los turnos eran de veinticuatro
            horas por veinticuatro de descanso, y muchas veces éramos la mitad de los
            guardias necesarios.

            Vi cómo se castigaba a personas encerrándolas en cuartos pequeños por pelear o
            por protestar por la comida. Eso lo decidían los jefes de turno de la empresa,
            no los agentes de migración. También vi que a algunas personas se les cobraba
            por dejarles usar el teléfono.

            Creo que las personas que cuidan a los migrantes deben estar preparadas y que
            debe haber alguien de fuera que revise lo que pasa adentro.

            Jorge Luis
            """),
        "es",
        (IND, "Jorge Luis Pacheco", None),
        conf="publish",
        flags=("anonymous",),
        tz=-6,
    )
    add(
        "indiv-es-arevalo",
        ("Patricia Arévalo", "parevalo.abogada@gmail.com"),
        "Contribución - Lcda. Patricia Arévalo (confidencial)",
        T("""
            Estimados señores:

            Soy abogada litigante en materia migratoria y presento a título personal el
            documento adjunto, basado en casos que he patrocinado. Les ruego que no lo
            publiquen ni lo citen con mi nombre: lo envío para conocimiento del Grupo de
            Trabajo y nada más.

            Atentamente,
            Lcda. Patricia Arévalo
            Abogada y Notaria
            Oficina 5B, Edificio Géminis, Ciudad de Guatemala
            """),
        "es",
        (IND, "Patricia Arévalo", None),
        conf="confidential",
        tz=-6,
        atts=(
            doc(
                "Documento_P_Arevalo.pdf",
                "es",
                [
                    "Documento de la Lcda. Patricia Arévalo, abogada",
                    "En los últimos cuatro años he representado a personas migrantes detenidas en el albergue de la autoridad migratoria y a personas retornadas que denunciaron malos tratos durante su traslado.",
                    "En tres de mis casos, las personas fueron retenidas por agentes de seguridad de una empresa privada en una terminal de buses y golpeadas antes de ser entregadas a la policía. La empresa negó los hechos y la fiscalía archivó las denuncias por falta de identificación de los agentes.",
                    "Las personas retornadas por vía aérea no reciben ningún documento que acredite las condiciones de su traslado, lo que dificulta cualquier reclamación posterior.",
                    "Recomiendo que los agentes de seguridad privada porten identificación visible y que se conserve un registro de cada retención.",
                ],
            ),
        ),
    )
    add(
        "nots-es-boletin",
        ("Boletín Migración y Fronteras", "boletin@migracionyfronteras.example.org"),
        "Boletín Migración y Fronteras - marzo de 2020",
        T("""
            BOLETÍN MIGRACIÓN Y FRONTERAS - Nº 37, marzo de 2020

            En este número:

            1. Informe regional: la seguridad privada en las terminales de transporte de
            Centroamérica. Nuestro equipo recorrió once terminales en cuatro países y
            presenta sus hallazgos.

            2. Convocatorias abiertas: el Grupo de Trabajo de las Naciones Unidas sobre la
            utilización de mercenarios recibe contribuciones sobre empresas de seguridad
            privada en la gestión de fronteras hasta el 17 de marzo.

            3. Agenda: taller virtual sobre acceso a la información pública en materia
            migratoria, 26 de marzo, 10:00 (hora de Ciudad de Guatemala).

            4. Publicaciones recientes de organizaciones aliadas.

            Recibe este boletín porque se suscribió en nuestra página web. Para dejar de
            recibirlo, responda con la palabra BAJA.

            Observatorio Migración y Fronteras
            """),
        "es",
        (None, None, None),
        kind="not_submission",
        tz=-6,
        headers=(
            ("List-Unsubscribe", "<mailto:boletin@migracionyfronteras.example.org?subject=BAJA>"),
            ("Precedence", "bulk"),
        ),
        trap="a newsletter that mentions the call",
    )
    add(
        "nots-es-formato",
        ("Tomás Garrido", "tgarrido@observatorio-migrante.example.org.ar"),
        "Consulta sobre la extensión y el formato de las contribuciones",
        T("""
            Estimados:

            Desde el Observatorio Migrante de Mendoza estamos preparando una contribución
            para la convocatoria sobre empresas militares y de seguridad privadas en la
            gestión de las fronteras. Quisiera hacerles dos consultas:

            ¿Hay un límite de páginas o de palabras? Nuestro borrador tiene unas quince
            páginas con anexos.

            ¿Es posible enviarla en español, o debemos traducirla al inglés? ¿Aceptan el
            formato PDF?

            Muchas gracias de antemano.

            Tomás Garrido
            Observatorio Migrante de Mendoza
            """),
        "es",
        (None, None, None),
        kind="not_submission",
        tz=-3,
        trap="a question about length, language and format",
    )
    inner = Spec(
        slug="ord4-fwd-es-aro-inner",
        frm=("Asociación de Retornados de Olancho", "retornadosolancho@yahoo.com"),
        subject="Contribución para el Grupo de Trabajo",
        to="oficina.regional.ca@ohchr.example",
        body=T("""
            Estimada Licenciada:

            Como le comentamos en la reunión en Juticalpa, le enviamos nuestra contribución
            para el Grupo de Trabajo de las Naciones Unidas. Estamos de acuerdo con que se
            publique.

            Saludos,
            Francisco Maradiaga
            Presidente, Asociación de Retornados de Olancho
            """),
        lang="es",
        tz=-6,
        atts=[
            doc(
                "Contribucion_Retornados_Olancho.docx",
                "es",
                [
                    "Asociación de Retornados de Olancho - Contribución",
                    "Nuestra asociación agrupa a hombres y mujeres de Olancho deportados desde Estados Unidos y México. Muchos de nosotros pasamos por centros de detención administrados por compañías privadas antes de ser deportados.",
                    "En los vuelos de deportación viajamos esposados de manos, cintura y pies durante todo el trayecto, vigilados por agentes de empresas contratadas. Al llegar al centro de recepción en San Pedro Sula nos quitaron las esposas, pero muchos no recuperamos nuestras pertenencias.",
                    "Al regresar, varios compañeros fueron amenazados por las mismas personas de las que habían huido. No existe un programa de protección para quienes retornan.",
                    "Pedimos que los países que deportan y las compañías que participan respeten nuestra dignidad y que se apoye la reintegración.",
                ],
            ),
        ],
    )
    add(
        "fwd-es-aro",
        ("Lucía Fernández", "oficina.regional.ca@ohchr.example"),
        "RV: Contribución para el Grupo de Trabajo",
        T("""
            Estimados colegas de Ginebra:

            Les reenvío la contribución que nos hizo llegar la Asociación de Retornados de
            Olancho tras nuestra reunión en Honduras, para que se registre en la
            convocatoria.

            Saludos,
            Lucía Fernández
            Oficial de Derechos Humanos
            Oficina Regional para América Central, ACNUDH
            """),
        "es",
        (CS, "Asociación de Retornados de Olancho", None),
        conf="publish",
        flags=("forwarded",),
        tz=-6,
        inner=inner,
        trap="forwarded by a regional office as an attached message",
    )
