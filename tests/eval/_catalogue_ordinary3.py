# ruff: noqa: E501
"""Phase 7: a third set of ordinary messages, each written by hand from greeting to signature.

Written apart from the detectors and from the other phases: NGOs, universities, States,
national human rights institutions, international organizations, companies, individuals and
others, in English, French and Spanish. Most send a document (PDF, DOCX, a few ODT) whose
title page names them. The submissions talk about their subject as real ones do: contracts
kept confidential, reports a company does not publish, anonymous complaints by detainees,
identity checks by contractors, data on a ministry's portal, names of guards withheld; none
of that is a request about the submission itself. Most say nothing about publication, some
consent, a few refuse or ask not to be named, and five messages are not submissions.
Numbered after every other message (see make_eval.py), so that adding them changes no
earlier file.
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
    Spec,
    T,
)
from _catalogue_ordinary2 import doc, spec

PHASE = 7
_SPECS: list[tuple[int, Spec]] = []

DISCLAIMER_EN = T("""
    --
    CONFIDENTIALITY NOTICE: The information contained in this e-mail and any attachment is
    confidential and may be legally privileged. It is intended only for the named
    recipient. If you are not the intended recipient, any disclosure, copying or
    distribution is prohibited; please inform the sender and delete this message.
    """)
DISCLAIMER_FR = T("""
    --
    Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive
    de leurs destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si
    vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur et
    de le détruire.
    """)
DISCLAIMER_ES = T("""
    --
    Este correo electrónico y, en su caso, cualquier fichero anexo contiene información de
    carácter confidencial dirigida exclusivamente a su destinatario. Queda prohibida su
    divulgación, copia o distribución a terceros sin autorización. Si lo ha recibido por
    error, le rogamos lo notifique al remitente y proceda a su borrado.
    """)


def add(slug: str, *args: Any, **kwargs: Any) -> None:
    _SPECS.append((PHASE, spec("ord3", slug, *args, **kwargs)))


def catalogue_ordinary3() -> list[tuple[int, Spec]]:
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
        "civil-en-ccw",
        ("Hannah Osei", "h.osei@custodycontractswatch.example.org"),
        "Submission: Custody Contracts Watch",
        T("""
            Dear colleagues,

            Please find attached the submission of Custody Contracts Watch to the Working
            Group's call for inputs. Most of what we describe comes from contract documents
            we obtained through freedom of information requests, since the full contracts
            are treated as commercially confidential and are not published by the Home
            Office.

            Kind regards,
            Hannah Osei
            Senior Researcher
            Custody Contracts Watch
            """),
        "en",
        (CS, "Custody Contracts Watch", None),
        acr="CCW",
        tz=0,
        atts=(
            doc(
                "CCW_submission_WG_mercenaries.pdf",
                "en",
                [
                    "Submission of Custody Contracts Watch (CCW), London, March 2020",
                    "Custody Contracts Watch tracks the public money paid to private companies for immigration detention, escorts and short-term holding. The contracts themselves are not public. The versions released to us after freedom of information requests were heavily redacted: staffing levels, penalty regimes and the names of subcontractors were withheld on grounds of commercial confidentiality.",
                    "What is published on the government's procurement portal is limited to the contract value, its duration and the name of the main provider. Performance reports, which set out how often the providers failed to meet their obligations, are internal documents and have never been disclosed in full.",
                    "This lack of disclosure makes public scrutiny almost impossible. Parliament, inspectors and detained people themselves cannot check whether a provider met the standards it was paid to meet.",
                    "CCW recommends that contracts for the custody of people be published in full, with only narrowly defined and justified redactions, and that performance data be released every quarter in an open format.",
                ],
            ),
        ),
    )
    add(
        "civil-en-sbl",
        ("Southern Border Legal Aid", "intake@sbla.example.org"),
        "Southern Border Legal Aid - input to the call",
        T("""
            Dear Working Group,

            Attached is our input on privately operated detention facilities in the southern
            United States. Our attorneys visit these facilities every week. We would be glad
            for the input to appear on the OHCHR website with the other submissions.

            Sincerely,
            Daniel Ruiz-Medina
            Managing Attorney
            Southern Border Legal Aid
            El Paso, Texas
            """),
        "en",
        (CS, "Southern Border Legal Aid", None),
        acr="SBLA",
        conf="publish",
        tz=-7,
        atts=(
            doc(
                "SBLA input WG mercenaries.docx",
                "en",
                [
                    "Input of Southern Border Legal Aid (SBLA), El Paso, Texas",
                    "Our clients are held in detention facilities owned or operated by private corporations under contracts with federal and county authorities. Attorneys often wait hours to see clients, and confidential legal calls are difficult to arrange because phone rooms are shared or monitored.",
                    "Detained people told us they file complaints anonymously, through sealed grievance boxes, because they fear retaliation. Most of those complaints are answered by the facility itself and never reach an independent body. The facilities' internal grievance logs are not available to the public or to counsel.",
                    "Inspection reports are published online by the agency, but months after the visit and with the names of staff and some findings removed.",
                    "SBLA recommends guaranteed confidential access to counsel in every facility, independent review of all grievances and the publication of inspection reports within thirty days.",
                ],
            ),
        ),
    )
    add(
        "civil-en-pbm",
        ("Pushback Monitor Network", "team@pushbackmonitor.example.net"),
        "PMN submission - private actors in pushbacks",
        T("""
            Dear Sir or Madam,

            The Pushback Monitor Network submits the attached report to the call for inputs.
            Testimonies in it have been anonymised: we do not give the names of the people
            interviewed, and identifying details of places have been removed where they could
            expose them.

            Best regards,
            Jelena Kovač
            Coordinator, Pushback Monitor Network
            """),
        "en",
        (CS, "Pushback Monitor Network", None),
        acr="PMN",
        tz=1,
        atts=(
            doc(
                "PMN_report_private_actors_pushbacks.pdf",
                "en",
                [
                    "Pushback Monitor Network (PMN) - Report to the Working Group on the use of mercenaries",
                    "Between January 2019 and February 2020 our field teams collected 212 testimonies from people pushed back across borders in south-eastern Europe. In 37 of them, people described men in dark clothing without insignia who stood alongside police officers, guarded groups before the pushback or drove the vans.",
                    "All testimonies are anonymous. People fear that speaking publicly would affect their chances of crossing again or of obtaining protection. Names and identity documents were often taken or destroyed during the pushbacks themselves.",
                    "National authorities have denied that any private staff take part in border operations, but their contracts with security firms for the guarding of border infrastructure are classified as restricted and have not been disclosed.",
                    "PMN asks the Working Group to call on States to disclose all contracts for services at or near the border, and to ensure that anyone exercising authority over people at the border wears visible identification.",
                ],
            ),
        ),
    )
    add(
        "civil-en-ahn",
        ("Asylum Health Network", "office@asylumhealth.example.org"),
        "Asylum Health Network - submission on health care in private detention",
        T("""
            Dear Secretariat,

            Please find attached the submission of the Asylum Health Network, a network of
            doctors, nurses and psychologists who volunteer with people in immigration
            detention. It concerns access to health care in centres run by private
            contractors.

            With best wishes,
            Dr Miriam Goldberg
            Chair, Asylum Health Network
            """),
        "en",
        (CS, "Asylum Health Network", None),
        tz=0,
        atts=(
            doc(
                "Asylum_Health_Network_submission.pdf",
                "en",
                [
                    "Submission of the Asylum Health Network",
                    "Health care in privately run immigration removal centres is often itself subcontracted, so that the security operator, the health provider and the immigration authority each hold part of a detained person's records. Our volunteers regularly find that medical records are not transferred when a person is moved between centres.",
                    "Requests to see a doctor pass through custody officers, who decide whether the request is urgent. Detained people described having to explain their symptoms in front of other detainees and guards, with no respect for medical confidentiality.",
                    "Reports of torture made during health screening do not always reach the caseworker, because the forms are held by the contractor and the safeguarding procedure is an internal document of the company.",
                    "We recommend that health care in detention be commissioned and overseen by health authorities, that medical confidentiality be guaranteed in every consultation, and that records follow the patient.",
                ],
            ),
        ),
    )
    add(
        "civil-en-rlc",
        ("Refugee Law Collective", "rlc.submissions@refugeelawcollective.example.org"),
        "Refugee Law Collective - submission, please treat as confidential",
        T("""
            Dear Working Group secretariat,

            The Refugee Law Collective submits the attached document for the Working Group's
            own use. We ask that it not be published or quoted with attribution: several of
            the cases are still before the courts and our clients could be identified.

            Kind regards,
            Siobhán Murray
            Solicitor, Refugee Law Collective
            """),
        "en",
        (CS, "Refugee Law Collective", None),
        conf="confidential",
        tz=0,
        atts=(
            doc(
                "RLC_submission_WG.pdf",
                "en",
                [
                    "Refugee Law Collective - Submission to the Working Group on the use of mercenaries",
                    "The Collective represents people who were injured during removal attempts carried out by private escort staff. In three of our current cases, body-worn camera footage that the escort company was required to keep was reported lost or overwritten before it could be disclosed to us.",
                    "Use of force reports are written by the escorts involved and reviewed internally by the same company. The contracting authority receives a summary, not the reports themselves.",
                    "Our clients have had to bring civil claims to obtain basic records about what happened to them, and these claims are routinely settled with confidentiality clauses, so that no finding is ever made public.",
                    "We recommend that footage and use of force reports be held by a public body rather than by the contractor, and that settlements of claims for ill-treatment not be subject to confidentiality clauses.",
                ],
            ),
        ),
    )
    add(
        "civil-en-cbo",
        ("Coastal Border Observatory", "info@coastalborderobservatory.example.org"),
        "Contribution - Coastal Border Observatory",
        T("""
            Dear Madam, dear Sir,

            We are pleased to submit the attached contribution of the Coastal Border
            Observatory on aerial surveillance contracts over the Mediterranean.

            Best,
            Paolo Ferraro
            Coastal Border Observatory, Palermo
            """),
        "en",
        (CS, "Coastal Border Observatory", None),
        tz=1,
        atts=(
            doc(
                "Coastal_Border_Observatory_contribution.pdf",
                "en",
                [
                    "Coastal Border Observatory, Palermo - Contribution",
                    "Aerial surveillance over the central Mediterranean is increasingly carried out by aircraft and drones operated by private companies under contract with national authorities and EU agencies. The flight data these aircraft collect is not public, and requests by rescue organizations to access it have been refused.",
                    "The companies involved do not publish reports of their activities. Their names appear on public tender portals, but the terms of service, the rules of engagement and the protocols for alerting rescue coordination centres are described as restricted.",
                    "When a boat in distress is spotted, it matters greatly who receives the alert. Our analysis of flight tracks and of rescue events in 2019 suggests that alerts were sometimes passed only to coastguards known to carry out returns.",
                    "We recommend that surveillance contracts include a duty to alert all competent rescue centres and nearby vessels, and that flight logs be kept and made available to independent investigators.",
                ],
            ),
        ),
    )
    add(
        "civil-en-ymp",
        ("Youth on the Move Project", "yomp.coordination@gmail.com"),
        "Our submission (children in privately guarded facilities)",
        T("""
            Hi,

            Youth on the Move Project works with unaccompanied children in Italy and Greece.
            Our submission is attached as a Word file. Happy for you to publish it on your
            website.

            Thanks a lot,
            Chiara Bellini
            for the YoMP team
            """),
        "en",
        (CS, "Youth on the Move Project", None),
        acr="YoMP",
        conf="publish",
        tz=1,
        atts=(
            doc(
                "YoMP_submission.docx",
                "en",
                [
                    "Youth on the Move Project (YoMP) - Submission on children in privately guarded facilities",
                    "Children who arrive alone are often placed first in facilities where private security staff control the entrance and the movement of residents. Several children told us that guards checked their identity papers each time they went out and took their phones at night.",
                    "Age assessment interviews are sometimes held in rooms where guards remain present. Children said they did not know who the guards were or whether they could speak freely in front of them.",
                    "Children who file complaints are promised anonymity, but in small facilities everyone knows who complained. Several preferred to say nothing.",
                    "We recommend that guarding in facilities for children be limited to the perimeter, that staff in contact with children be trained and vetted, and that children have access to a guardian and a complaints channel outside the facility.",
                ],
            ),
        ),
    )
    add(
        "civil-en-dwi",
        ("Detention Watch International", "research@detentionwatchintl.example.org"),
        "DWI contribution to the call for inputs",
        T("""
            Dear colleagues,

            On behalf of Detention Watch International, I am sending our contribution on the
            global market for privately managed immigration detention. The annex tables are
            based on company annual reports and on data published on government websites.

            Best regards,
            Peter Lindgren
            Research Director, DWI
            """),
        "en",
        (CS, "Detention Watch International", None),
        acr="DWI",
        tz=1,
        atts=(
            doc(
                "DWI_contribution_private_detention_market.pdf",
                "en",
                [
                    "Detention Watch International (DWI) - Contribution on the market for privately managed immigration detention",
                    "A small number of multinational companies hold most of the contracts for immigration detention in the countries that outsource it. Their annual reports, which are public because the companies are listed on stock exchanges, show that immigration detention is a stable and profitable line of business.",
                    "Publicly listed companies disclose revenue by segment, but not per facility, per contract or per government. States in turn publish only aggregate spending. It is therefore very difficult to know how much is paid for each detained person and how that figure has changed over time.",
                    "Several of these companies also provide escorts, electronic monitoring and, increasingly, identity verification and data services to border agencies.",
                    "DWI recommends that States publish the unit costs of every detention and escort contract and that companies disclose human rights incidents at facility level in their public reporting.",
                ],
            ),
        ),
    )
    add(
        "civil-en-scr",
        ("Safe Corridors Relief", "programmes@safecorridorsrelief.example.org"),
        "Safe Corridors Relief: submission on private security in refugee camps",
        T("""
            Dear Sir/Madam,

            Please accept the attached submission of Safe Corridors Relief on the role of
            private security providers in camps and transit centres in East Africa.

            Yours faithfully,
            Abdirahman Warsame
            Protection Advisor
            Safe Corridors Relief, Nairobi
            """),
        "en",
        (CS, "Safe Corridors Relief", None),
        tz=3,
        atts=(
            doc(
                "SCR_submission_WG.pdf",
                "en",
                [
                    "Safe Corridors Relief - Submission to the Working Group on the use of mercenaries",
                    "Humanitarian agencies in camps and transit centres in the region commonly contract private security companies to guard warehouses, offices and distribution points. At distributions, guards manage crowds and check the identity of those collecting food, often using biometric cards.",
                    "Refugees have described being turned away from distributions by guards when the card reader failed, without any possibility of appeal. Guards do not have access to the registration records, only to the yes or no of the reader.",
                    "Agencies rarely publish the codes of conduct that apply to their security contractors, and refugees do not know where to report misconduct by guards.",
                    "We recommend that humanitarian agencies publish the standards that apply to their security providers and set up complaint channels that refugees can use anonymously.",
                ],
            ),
        ),
    )
    add(
        "civil-en-mwr",
        ("Maya Chen", "maya.chen@migrantworkersrights.example.org"),
        "Migrant Workers Rights Centre - input on private security and migrant workers",
        T("""
            Dear Secretariat,

            Attached please find a contribution from the Migrant Workers Rights Centre. It
            deals with private security guards in dormitories and at checkpoints for migrant
            workers, and with the retention of identity documents.

            Regards,
            Maya Chen
            Programme Officer
            Migrant Workers Rights Centre
            """),
        "en",
        (CS, "Migrant Workers Rights Centre", None),
        acr="MWRC",
        tz=8,
        atts=(
            doc(
                "MWRC_input_WG_mercenaries.pdf",
                "en",
                [
                    "Migrant Workers Rights Centre (MWRC) - Input",
                    "In several countries of South-East Asia and the Gulf, migrant workers live in dormitories guarded by private security firms hired by employers or recruitment agencies. Guards control who enters and leaves and, in some cases, keep workers' passports in a locked office.",
                    "Workers whose permits have expired are sometimes held by guards until immigration officers arrive. We have recorded cases in which workers were held in this way for more than a day.",
                    "Workers seldom complain openly. The hotlines set up by labour ministries are public, but workers fear that their identity will be passed to the employer if they call.",
                    "MWRC recommends that States prohibit the retention of identity documents by employers and their security contractors, and that private guards be barred from holding anyone for immigration reasons.",
                ],
            ),
        ),
    )
    add(
        "civil-en-anon-bw",
        ("Border Witness", "borderwitness@tutanota.com"),
        "Submission - please publish without our name",
        T("""
            Dear Secretariat,

            Please find attached our submission on private security patrols near the land
            border. We are a small group of local residents and volunteers. The Working
            Group may publish it, but please do so without naming our group or any of us:
            some of us have already been questioned by the police for helping people.

            Thank you for your understanding,
            Border Witness
            """),
        "en",
        (CS, "Border Witness", None),
        conf="publish",
        flags=("anonymous",),
        tz=2,
        atts=(
            doc(
                "submission_border_patrols.pdf",
                "en",
                [
                    "Submission of Border Witness on private security patrols near the land border",
                    "Since mid-2019, vehicles of a private security company have patrolled the roads and forest tracks close to the border at night. Local residents have seen the patrols stop groups of people on foot, check their identity and call the border police.",
                    "The company's guards wear dark uniforms with a small logo and no names or numbers. When asked, they said they were guarding the border fence on behalf of the ministry. The ministry's website lists a contract for the maintenance and guarding of the fence but gives no details of the tasks.",
                    "We have also found torn clothing and abandoned belongings near places where groups were stopped, and people later told volunteers they had been beaten before being handed over.",
                    "We ask the Working Group to urge the authorities to disclose the tasks given to private guards at the border and to ensure that they never stop or detain people.",
                ],
            ),
        ),
    )
    add(
        "civil-en-fio",
        ("Freedom of Information Alliance", "alliance@foialliance.example.org"),
        "FOI Alliance - submission on transparency of border contracts",
        T("""
            Dear Working Group members,

            The Freedom of Information Alliance respectfully submits the attached paper on
            access to information about private contractors in immigration and border
            management. We have no objection to it being made public.

            Yours sincerely,
            Clara Jansen
            Policy Director
            Freedom of Information Alliance
            """),
        "en",
        (CS, "Freedom of Information Alliance", None),
        conf="publish",
        tz=1,
        atts=(
            doc(
                "FOI_Alliance_submission.pdf",
                "en",
                [
                    "Freedom of Information Alliance - Submission on transparency of immigration and border contracts",
                    "In most countries we studied, access to information laws apply to public bodies but not to private companies performing public functions. Records held by a contractor running a detention centre or a visa centre are therefore outside the reach of requesters, even when they concern the treatment of individuals.",
                    "Requests to the public authority are frequently refused on grounds of commercial confidentiality or national security. Our members made 140 requests in 2019 about border and detention contracts; fewer than a third led to any disclosure, and most documents released were redacted.",
                    "Where governments publish contracts on open data portals, the annexes that set out the services, staffing and penalties are usually missing.",
                    "We recommend that access to information laws cover contractors performing public functions, that contracts be published proactively, and that the public interest in the treatment of people in custody be weighed against commercial confidentiality.",
                ],
            ),
        ),
    )
    add(
        "civil-en-aiv",
        ("Airport Visitors Group", "airportvisitors@btinternet.com"),
        "Input from the Airport Visitors Group",
        T("""
            Dear Sir or Madam,

            We are a group of volunteers who have visited the short-term holding rooms at
            our local airport since 2015. We have no formal paper, so I write our points
            here.

            The holding rooms are run by a private contractor. People are often held there
            overnight, although the rooms were designed for a few hours, with benches and no
            beds. Staff do not wear name badges and we are told that their names are not
            given out for security reasons. People held there told us that they were not
            informed of their right to contact a lawyer, and that their phones were taken
            on arrival.

            The contractor's incident records are internal and the visiting committee is the
            only outside body that sees them. Its annual report is published online, but
            only once a year and in general terms.

            We ask that no one be held overnight in these rooms and that people keep their
            phones unless there is a specific reason to remove them.

            Regards,
            Janet Collins
            Airport Visitors Group
            """),
        "en",
        (CS, "Airport Visitors Group", None),
        tz=0,
    )
    add(
        "civil-en-pri",
        ("Policy Team", "policy@privatisationresearch.example.org"),
        "PRI submission to WG on mercenaries - call on border management",
        T("""
            Dear colleagues,

            Attached please find the submission of the Privatisation Research Initiative,
            with a summary of our 2019 study, published on our website last October, on
            outsourcing in border management in twelve countries.

            Best regards,
            The Policy Team
            Privatisation Research Initiative
            """),
        "en",
        (CS, "Privatisation Research Initiative", None),
        acr="PRI",
        tz=1,
        atts=(
            doc(
                "PRI_submission_WG_mercenaries_2020.docx",
                "en",
                [
                    "Privatisation Research Initiative (PRI) - Submission",
                    "Our study, published in October 2019, mapped the services that twelve States have outsourced in the field of immigration and borders: visa processing, identity checks at airports, detention, escorts, reception, surveillance technology and databases. In every State at least four of these services were provided by private companies.",
                    "Outsourcing decisions are rarely debated in public. Most were taken through internal administrative decisions, and the business cases that justified them are not disclosed.",
                    "Identity checks are a telling example: in several airports, private staff now carry out the first document check before passengers reach the border police, and refusals of boarding are decided on the basis of their assessment, often without any record being kept.",
                    "PRI recommends that States publish, before outsourcing a border function, an assessment of its human rights implications, and that functions involving decisions about individuals remain with public officials.",
                ],
            ),
        ),
    )
    add(
        "civil-en-lgbt",
        ("Rainbow Refuge Network", "contact@rainbowrefuge.example.org"),
        "Rainbow Refuge Network - input (LGBTI people in privately run detention)",
        T("""
            Dear Secretariat,

            Rainbow Refuge Network submits the attached input on LGBTI asylum seekers held in
            privately run detention. Names of the people whose experiences we describe have
            been changed.

            In solidarity,
            Alex Moreau
            Advocacy Coordinator
            """),
        "en",
        (CS, "Rainbow Refuge Network", None),
        tz=1,
        atts=(
            doc(
                "Rainbow_Refuge_Network_input.pdf",
                "en",
                [
                    "Rainbow Refuge Network - Input to the Working Group on the use of mercenaries",
                    "LGBTI people in immigration detention are at high risk of abuse from other detainees and from staff. In privately run centres we work with, transgender women have been placed in male units and searched by male guards, despite internal policies that say otherwise.",
                    "The policies on the placement and search of transgender people are internal to the companies. Detained people are not given copies and cannot rely on them when they complain.",
                    "Several people told us that guards disclosed their sexual orientation to other detainees, exposing them to violence. Complaints about such disclosure were closed without any finding.",
                    "We recommend that placement and search policies be public and binding, that staff be trained on sexual orientation and gender identity, and that LGBTI people not be detained where their safety cannot be guaranteed.",
                ],
            ),
        ),
    )
    add(
        "civil-en-hrbm",
        ("Nadia Haddad", "nadia.haddad@hrbordermonitor.example.org"),
        "Human Rights Border Monitor - OpenDocument submission",
        T("""
            Dear colleagues,

            Human Rights Border Monitor submits the attached contribution to your call for
            inputs on private military and security companies in immigration and border
            management. The document is in OpenDocument format, as our office works with
            free software. Please let me know if you need it in another format.

            Kind regards,
            Nadia Haddad
            Human Rights Border Monitor, Beirut
            """),
        "en",
        (CS, "Human Rights Border Monitor", None),
        flags=("format_not_accepted",),
        tz=2,
        atts=(
            doc(
                "HRBM_contribution.odt",
                "en",
                [
                    "Contribution of Human Rights Border Monitor, Beirut",
                    "At airports and land crossings in the region, private companies operate passenger screening and in some places the first identity check. Refugees travelling on resettlement or with irregular documents described being held in back rooms by private staff before border officers arrived.",
                    "Information on which company holds which contract is not published, and the internal rules on the treatment of travellers whose documents are questioned are restricted.",
                    "We recommend that States make public the tasks given to private staff at borders and ensure that no person is held by them without the immediate presence of a public official.",
                ],
            ),
        ),
    )


def english_academics() -> None:
    add(
        "acade-en-ibs",
        ("Rebecca Lawson", "r.lawson@westmere.example.ac.uk"),
        "Submission - Institute for Border Studies, University of Westmere",
        T("""
            Dear Working Group,

            I attach a submission from the Institute for Border Studies at the University of
            Westmere. It draws on our project on outsourced immigration enforcement, whose
            final report was published in 2019 and is available on the university's
            repository.

            Best wishes,
            Dr Rebecca Lawson
            Senior Lecturer in Criminology
            Institute for Border Studies, University of Westmere
            """),
        "en",
        (AC, "Institute for Border Studies, University of Westmere", None),
        alt=("Institute for Border Studies",),
        tz=0,
        atts=(
            doc(
                "IBS_Westmere_submission.pdf",
                "en",
                [
                    "Institute for Border Studies, University of Westmere - Submission to the Working Group on the use of mercenaries",
                    "Our project studied immigration enforcement functions carried out by private companies in four European countries between 2016 and 2019. We interviewed 64 staff members, managers and officials, and analysed the contract documents that were made available to us.",
                    "Access was the main obstacle. Two companies refused to take part, citing confidentiality obligations towards the contracting authority. Officials agreed to be interviewed only on condition that their names and positions would not be published.",
                    "We found that the contracting authorities rely heavily on self-reporting by the companies. Internal audits exist, but they are not shared with inspectors and are not disclosed to parliament.",
                    "We recommend that research access and independent audit be written into contracts, and that States publish the key performance indicators they use to assess contractors.",
                ],
            ),
        ),
    )
    add(
        "acade-en-hrc",
        ("Human Rights Centre", "hrc@lakeshore.example.edu"),
        "Lakeshore University Human Rights Centre - contribution",
        T("""
            Dear Sir/Madam,

            Please find attached a contribution prepared by the Human Rights Centre of
            Lakeshore University Law School on the legal accountability of private detention
            contractors. We are happy for this to be published on your website.

            Sincerely,
            Prof. Michael Oyelaran
            Co-Director, Human Rights Centre
            Lakeshore University Law School
            """),
        "en",
        (AC, "Human Rights Centre, Lakeshore University Law School", None),
        alt=("Human Rights Centre", "Lakeshore University Human Rights Centre"),
        conf="publish",
        tz=-5,
        atts=(
            doc(
                "Lakeshore_HRC_contribution.docx",
                "en",
                [
                    "Human Rights Centre, Lakeshore University Law School - Contribution on the accountability of private detention contractors",
                    "Private companies that detain people for immigration authorities perform a quintessentially public function, yet they often escape the rules that bind public authorities. They are not subject to public records laws, their staff are not public employees, and courts have reached different conclusions on whether constitutional claims may be brought against them.",
                    "Detained people who try to obtain records of their treatment, such as medical files or incident reports, are told that these are the property of the company. Discovery in litigation is slow and costly.",
                    "Companies also lobby for the continuation of detention policies. Their political spending is disclosed in public filings, but their role in drafting detention standards is not.",
                    "We recommend that the Working Group affirm that States remain responsible for all acts of contractors performing detention functions and that contractors be subject to the same transparency obligations as public agencies.",
                ],
            ),
        ),
    )
    add(
        "acade-en-gsm",
        ("Anjali Mehta", "anjali.mehta@delhiinstitute.example.ac.in"),
        "Contribution: private security and border fencing in South Asia",
        T("""
            Dear members of the Working Group,

            I am sending a short contribution on behalf of the Programme on Security and
            Migration at the Delhi Institute of Social Research. It covers the role of
            private contractors in the construction and guarding of border fencing and in
            the identification of migrants in South Asia.

            With regards,
            Anjali Mehta
            Fellow, Programme on Security and Migration
            Delhi Institute of Social Research
            """),
        "en",
        (AC, "Programme on Security and Migration, Delhi Institute of Social Research", None),
        alt=("Delhi Institute of Social Research", "Programme on Security and Migration"),
        tz=5,
        atts=(
            doc(
                "DISR_contribution_WG_mercenaries.pdf",
                "en",
                [
                    "Programme on Security and Migration, Delhi Institute of Social Research - Contribution",
                    "Border fencing, floodlighting and surveillance equipment along long land borders in South Asia have been built and maintained by private contractors. The location and specification of these works are treated as confidential for security reasons, and little information is published.",
                    "Identification of residents as citizens or foreigners increasingly relies on databases and document verification carried out by private technical firms. People excluded from registers often do not know which records were used or how to correct them.",
                    "Private security guards have been hired to guard detention facilities for people declared foreigners. Information about conditions in these facilities reaches the public mainly through court proceedings.",
                    "We recommend that States disclose the role of private firms in identification and detention, and ensure that every person affected can see and challenge the records held about them.",
                ],
            ),
        ),
    )
    add(
        "acade-en-mlp",
        ("Maritime Law Project", "mlp@northsound.example.edu.au"),
        "Maritime Law Project submission - offshore processing",
        T("""
            To the Secretariat,

            The Maritime Law Project at North Sound University submits the attached paper on
            private contractors in offshore processing and maritime interception.

            Regards,
            Associate Professor Liam O'Connell
            Maritime Law Project
            North Sound University
            """),
        "en",
        (AC, "Maritime Law Project, North Sound University", None),
        alt=("Maritime Law Project",),
        tz=10,
        atts=(
            doc(
                "North_Sound_MLP_submission.pdf",
                "en",
                [
                    "Maritime Law Project, North Sound University - Submission on offshore processing and private contractors",
                    "Offshore processing arrangements have relied almost entirely on private contractors for garrison services, welfare, security and health care. The cost of these contracts has been published in parliamentary budget hearings, but the contracts themselves have been released only in redacted form.",
                    "Staff working in offshore centres were bound by strict confidentiality provisions, and for a period a law made it an offence for them to disclose information about conditions. Many reports of abuse became known only through leaked internal incident records.",
                    "The contracting State has argued that the centres were run by the host State, while the host State pointed to the contractors. People held there were left without a clear route to a remedy.",
                    "We recommend that the Working Group address explicitly the accountability of States that fund and direct detention abroad through private contractors.",
                ],
            ),
        ),
    )
    add(
        "acade-en-cdt",
        ("Tobias Kranz", "t.kranz@uni-hochfeld.example.de"),
        "Input - biometrics contractors at borders (research group submission)",
        T("""
            Dear Sir or Madam,

            Please find attached the input of the Research Group on Data and Borders at the
            University of Hochfeld. It deals with private companies that develop and run
            biometric identification systems for border and asylum authorities.

            Kind regards,
            Tobias Kranz
            Research Group on Data and Borders
            University of Hochfeld
            """),
        "en",
        (AC, "Research Group on Data and Borders, University of Hochfeld", None),
        alt=("Research Group on Data and Borders",),
        tz=1,
        atts=(
            doc(
                "Hochfeld_Data_Borders_input.pdf",
                "en",
                [
                    "Research Group on Data and Borders, University of Hochfeld - Input",
                    "Biometric systems used to register asylum seekers and check travellers at borders are developed by a few private companies, which often keep technical access to the systems for maintenance. The data protection impact assessments for these systems have not been published.",
                    "Fingerprints and facial images are stored in databases for years and shared with other authorities. The people concerned can in principle request access to their data, but the procedure is known to few, and requests are answered slowly if at all.",
                    "Private contractors also test new tools, such as automated identity verification and analysis of mobile phone data, on asylum seekers before these tools are used more widely.",
                    "We recommend that impact assessments be public, that contractors' access to personal data be logged and audited, and that experimental technologies not be tested on people seeking protection.",
                ],
            ),
        ),
    )
    add(
        "acade-en-lsc",
        ("Grace Nakamura", "gnakamura@pacificcoast.example.edu"),
        "Submission from the Labor and Security Research Cluster",
        T("""
            Dear Working Group secretariat,

            The Labor and Security Research Cluster at Pacific Coast University would like to
            submit the attached paper. It examines the working conditions of guards employed
            by private detention contractors and how they affect detained people.

            Best regards,
            Grace Nakamura, PhD
            Labor and Security Research Cluster
            Pacific Coast University
            """),
        "en",
        (AC, "Labor and Security Research Cluster, Pacific Coast University", None),
        alt=("Labor and Security Research Cluster",),
        tz=-8,
        atts=(
            doc(
                "LSRC_Pacific_Coast_submission.docx",
                "en",
                [
                    "Labor and Security Research Cluster, Pacific Coast University - Submission",
                    "Guards in privately operated immigration detention facilities earn considerably less than correctional officers employed by public agencies, and turnover in some facilities exceeds sixty per cent a year. Our survey of 118 current and former guards was conducted anonymously, as most respondents feared dismissal if identified.",
                    "Respondents described training that focused on security procedures and paid little attention to asylum, trauma or language barriers. Many said they had never seen the contract or the detention standards they were supposed to apply.",
                    "Several respondents had reported misconduct through internal channels and said nothing happened. Whistleblower protections that apply to public employees do not cover them.",
                    "We recommend that contracts fix minimum wages and training standards for guards and that whistleblower protections be extended to contractor staff.",
                ],
            ),
        ),
    )
    add(
        "acade-en-sop",
        ("Samuel Owusu", "s.owusu@capecoastinstitute.example.edu.gh"),
        "Contribution: private security, mobility and ECOWAS borders",
        T("""
            Dear Sir/Madam,

            Attached is a contribution from the Centre for Migration and Security Studies,
            Cape Coast Institute of Public Affairs, to the call for inputs.

            Yours faithfully,
            Dr Samuel Owusu
            Centre for Migration and Security Studies
            Cape Coast Institute of Public Affairs
            """),
        "en",
        (
            AC,
            "Centre for Migration and Security Studies, Cape Coast Institute of Public Affairs",
            None,
        ),
        alt=("Centre for Migration and Security Studies",),
        tz=0,
        atts=(
            doc(
                "CMSS_contribution.pdf",
                "en",
                [
                    "Centre for Migration and Security Studies, Cape Coast Institute of Public Affairs - Contribution",
                    "Free movement within the ECOWAS region is guaranteed by protocol, but travellers report frequent checks and informal payments at checkpoints. In some border towns, private security guards employed by transport companies and markets carry out their own identity checks on travellers.",
                    "Externally funded projects have supplied border posts with equipment and data systems built by private firms. The agreements underlying these projects are not published in the partner countries, and local communities are rarely consulted.",
                    "Our field interviews in 2019 suggest that people without identity documents are most exposed to abuse by both public and private actors at borders.",
                    "We recommend that regional and external partners publish agreements on border projects, and that private guards be clearly prohibited from checking identity documents.",
                ],
            ),
        ),
    )


def english_states() -> None:
    add(
        "state-en-irl",
        ("Permanent Mission of Ireland", "genevapmun@dfa-ireland.example"),
        "Ireland - response to call for inputs, WG on the use of mercenaries",
        T("""
            Dear Colleagues,

            The Permanent Mission of Ireland to the United Nations at Geneva presents its
            compliments and has the honour to attach Ireland's response to the call for
            inputs of the Working Group on the use of mercenaries.

            Kind regards,
            Permanent Mission of Ireland, Geneva
            """),
        "en",
        (MS, "Ireland", "IRL"),
        tz=1,
        atts=(
            doc(
                "Ireland_response_WG_mercenaries.pdf",
                "en",
                [
                    "Response of Ireland to the call for inputs of the Working Group on the use of mercenaries",
                    "Immigration control at ports of entry in Ireland is carried out by the Garda National Immigration Bureau and by officers of the Border Management Unit of the Department of Justice and Equality. These functions are not delegated to private companies.",
                    "Accommodation for international protection applicants is provided in centres operated by private contractors under contract with the Department. Contract values for each centre are published on the Department's website. Centres are inspected, and inspection reports are published.",
                    "Private security staff working in accommodation centres must hold a licence issued by the Private Security Authority, which sets training standards and maintains a public register of licence holders.",
                ],
            ),
        ),
    )
    add(
        "state-en-nzl",
        ("NZ Mission Geneva", "geneva@mfat-nz.example"),
        "New Zealand: input to the Working Group's call",
        T("""
            Dear Sir/Madam,

            Please find attached New Zealand's input to the call for inputs on the role of
            private military and security companies in immigration and border management.
            New Zealand is happy for its input to be published on the OHCHR website.

            Regards,
            Permanent Mission of New Zealand, Geneva
            """),
        "en",
        (MS, "New Zealand", "NZL"),
        conf="publish",
        tz=1,
        atts=(
            doc(
                "New_Zealand_input_PMSC.docx",
                "en",
                [
                    "Input of New Zealand",
                    "Border management in New Zealand is carried out by the New Zealand Customs Service, Immigration New Zealand and the Ministry for Primary Industries. Decisions on entry and on detention under the Immigration Act 2009 are made by public officials.",
                    "Aviation security screening at international airports is provided by the Aviation Security Service, a public body. Private security companies may be contracted by port operators to guard facilities, and their staff must be licensed under the Private Security Personnel and Private Investigators Act 2010.",
                    "Where people are detained under immigration powers, they are held in police or corrections facilities, or at the Māngere Refugee Resettlement Centre. Information on the number of people detained is published annually.",
                ],
            ),
        ),
    )
    add(
        "state-en-lva",
        ("Permanent Mission of Latvia", "mission.un-geneva@mfa-latvia.example"),
        "Note verbale - Permanent Mission of the Republic of Latvia",
        T("""
            Dear Sir or Madam,

            Attached please find a note verbale of the Permanent Mission of the Republic of
            Latvia, with the reply of the State Border Guard of Latvia.

            Best regards,
            Permanent Mission of the Republic of Latvia to the UN Office in Geneva
            """),
        "en",
        (MS, "Latvia", "LVA"),
        alt=("Republic of Latvia",),
        tz=2,
        atts=(
            doc(
                "NV_Latvia_WG_mercenaries_2020.pdf",
                "en",
                [
                    "Permanent Mission of the Republic of Latvia to the United Nations Office and other International Organizations at Geneva - Note verbale",
                    "The Permanent Mission of the Republic of Latvia presents its compliments to the Office of the United Nations High Commissioner for Human Rights and, with reference to the call for inputs of the Working Group on the use of mercenaries, has the honour to provide the following information prepared by the State Border Guard.",
                    "Border surveillance and border checks in Latvia are performed exclusively by the State Border Guard. The accommodation centres for detained foreigners at Daugavpils and Mucenieki are managed by the State Border Guard. Private merchants may be contracted to provide catering and cleaning services, but not guarding or escort services.",
                    "The construction of infrastructure on the external border was carried out by private contractors selected through public procurement. Information on these procurements is published on the procurement portal of the Procurement Monitoring Bureau.",
                    "The Permanent Mission of the Republic of Latvia avails itself of this opportunity to renew to the Office of the High Commissioner the assurances of its highest consideration.",
                ],
            ),
        ),
    )
    add(
        "state-en-lka",
        ("Sri Lanka Mission", "slmission.geneva@mfa-srilanka.example"),
        "Sri Lanka - input to the call for inputs (WG on mercenaries)",
        T("""
            Dear Sir/Madam,

            The Permanent Mission of Sri Lanka to the United Nations in Geneva has the
            honour to forward herewith the input of the Government of Sri Lanka to the call
            for inputs issued by the Working Group on the use of mercenaries.

            Permanent Mission of Sri Lanka, Geneva
            """),
        "en",
        (MS, "Sri Lanka", "LKA"),
        alt=("Democratic Socialist Republic of Sri Lanka",),
        tz=1,
        atts=(
            doc(
                "Sri_Lanka_input_WG_mercenaries.pdf",
                "en",
                [
                    "Input of the Government of the Democratic Socialist Republic of Sri Lanka",
                    "Immigration and emigration control in Sri Lanka is the responsibility of the Department of Immigration and Emigration. The Sri Lanka Navy and the Sri Lanka Coast Guard are responsible for maritime surveillance. No private military or security company is engaged in border control functions.",
                    "Private security companies registered with the Ministry of Defence provide guarding services at commercial premises, including at airports for cargo and landside areas. They do not carry out immigration checks.",
                    "Persons detained for immigration offences are held at the detention centre managed by the Department of Immigration and Emigration, which is open to visits by the Human Rights Commission of Sri Lanka.",
                ],
            ),
        ),
    )
    add(
        "state-en-phl",
        ("Philippine Mission", "geneva.pm@dfa-philippines.example"),
        "Philippines: reply to call for inputs - restricted, not for publication",
        T("""
            Dear Secretariat,

            The Permanent Mission of the Philippines to the United Nations and other
            International Organizations in Geneva transmits the attached reply of the
            Government. The reply is provided to assist the Working Group and should not be
            posted on the OHCHR website or otherwise made public.

            Best regards,
            Permanent Mission of the Philippines, Geneva
            """),
        "en",
        (MS, "Philippines", "PHL"),
        alt=("Republic of the Philippines",),
        conf="confidential",
        tz=1,
        atts=(
            doc(
                "Philippines_reply_WG_mercenaries.pdf",
                "en",
                [
                    "Reply of the Government of the Republic of the Philippines",
                    "The Bureau of Immigration is the agency responsible for the admission, stay and departure of foreign nationals. The Bureau's warden facility is guarded by Bureau personnel. Private security agencies licensed by the Philippine National Police may be engaged for the guarding of premises but do not exercise immigration functions.",
                    "The Philippines, as a country of origin of many migrant workers, has a strong interest in the conduct of private security companies abroad that guard worker dormitories or are involved in the detention of Filipino nationals for immigration reasons.",
                    "The Department of Foreign Affairs, through Philippine embassies, assists nationals detained abroad, including in privately run facilities.",
                ],
            ),
        ),
    )


def english_others() -> None:
    add(
        "nhri-en-ihrec",
        ("IHREC Policy", "policy@ihrec.example.ie"),
        "IHREC submission to the UN WG on the use of mercenaries",
        T("""
            Dear Secretariat,

            Please find attached the submission of the Irish Human Rights and Equality
            Commission (IHREC), Ireland's national human rights institution, in response to
            the call for inputs.

            Yours sincerely,
            Orla Brennan
            Legal and Policy Officer
            Irish Human Rights and Equality Commission
            """),
        "en",
        (NHRI, "Irish Human Rights and Equality Commission", "IRL"),
        acr="IHREC",
        tz=0,
        atts=(
            doc(
                "IHREC_submission_WG_mercenaries_March_2020.pdf",
                "en",
                [
                    "Irish Human Rights and Equality Commission (IHREC) - Submission to the Working Group on the use of mercenaries",
                    "International protection applicants in Ireland live in accommodation centres run by private companies under contract with the State. The Commission has repeatedly raised concerns about the absence of binding standards, the isolation of some centres and the limited independent oversight of contractors.",
                    "Residents who wish to complain about staff, including security staff, must first use the centre's internal complaints procedure. Many told the Commission that they fear their complaint will not remain confidential and that it could affect their application.",
                    "The Commission welcomes the publication of contract values and inspection reports, but notes that the inspection reports are often published with long delays and that the contracts themselves are not public.",
                    "The Commission recommends that national standards be made binding in all contracts and that complaints be handled by an independent body such as the Ombudsman.",
                ],
            ),
        ),
    )
    add(
        "nhri-en-chraj",
        ("CHRAJ Ghana", "info@chraj.example.gov.gh"),
        "Submission of CHRAJ Ghana - call for inputs",
        T("""
            Dear Sir/Madam,

            The Commission on Human Rights and Administrative Justice (CHRAJ) of Ghana
            forwards herewith its submission to the call for inputs on the role of private
            military and security companies in immigration and border management.

            Yours faithfully,
            For: Commissioner
            Commission on Human Rights and Administrative Justice, Accra
            """),
        "en",
        (NHRI, "Commission on Human Rights and Administrative Justice", "GHA"),
        acr="CHRAJ",
        tz=0,
        atts=(
            doc(
                "CHRAJ_submission_WG_mercenaries.pdf",
                "en",
                [
                    "Commission on Human Rights and Administrative Justice (CHRAJ), Ghana - Submission",
                    "Border management in Ghana is the responsibility of the Ghana Immigration Service. The Commission has not received complaints concerning the use of private military or security companies in border control.",
                    "The Commission has, however, received complaints from Ghanaian migrant workers returning from abroad who were held in dormitories or detention facilities guarded by private security personnel, and whose passports were retained by employers.",
                    "The Commission notes that personal records of returnees are kept by several agencies and private recruitment firms, and that returnees often do not know what information is held about them.",
                    "The Commission recommends closer cooperation between countries of origin and destination to ensure remedies for migrant workers abused by private security personnel abroad.",
                ],
            ),
        ),
    )
    add(
        "nhri-en-suhakam",
        ("SUHAKAM", "humanrights@suhakam.example.org.my"),
        "Human Rights Commission of Malaysia (SUHAKAM) - input",
        T("""
            Dear Sir/Madam,

            The Human Rights Commission of Malaysia (SUHAKAM) is pleased to submit its input
            to the Working Group's call for inputs, as attached.

            Thank you.

            Regards,
            Complaints, Monitoring and Investigation Group
            SUHAKAM, Kuala Lumpur
            """),
        "en",
        (NHRI, "Human Rights Commission of Malaysia", "MYS"),
        acr="SUHAKAM",
        tz=8,
        atts=(
            doc(
                "SUHAKAM_input_WG_mercenaries.pdf",
                "en",
                [
                    "Human Rights Commission of Malaysia (SUHAKAM) - Input to the Working Group on the use of mercenaries",
                    "SUHAKAM regularly visits immigration depots. While the depots are managed by the Immigration Department, some services, including catering, cleaning and in some depots perimeter guarding, are provided by private contractors.",
                    "The Commission has observed overcrowding and inadequate health care in several depots. Detainees who wish to complain often do so anonymously through the Commission, because they fear consequences for their case.",
                    "Volunteer patrol units and private guards employed by plantations and construction sites have been involved in the apprehension of undocumented workers. The Commission has recommended that only authorised officers carry out immigration enforcement.",
                    "SUHAKAM recommends that all places of immigration detention be open to independent monitoring, and that the role of private contractors in depots be clearly defined in publicly available rules.",
                ],
            ),
        ),
    )
    add(
        "inter-en-dcaf",
        ("DCAF Business and Security Division", "bsd@dcaf.example.ch"),
        "DCAF contribution to the WG call for inputs",
        T("""
            Dear colleagues,

            The Geneva Centre for Security Sector Governance (DCAF) is pleased to share its
            contribution to the Working Group's call for inputs on private military and
            security companies in immigration and border management.

            Best regards,
            Anne-Sophie Meier
            Project Officer, Business and Security Division
            DCAF - Geneva Centre for Security Sector Governance
            """),
        "en",
        (IO, "Geneva Centre for Security Sector Governance", None),
        acr="DCAF",
        alt=("DCAF - Geneva Centre for Security Sector Governance",),
        tz=1,
        atts=(
            doc(
                "DCAF_contribution_WG_mercenaries.pdf",
                "en",
                [
                    "Geneva Centre for Security Sector Governance (DCAF) - Contribution",
                    "Good governance of private security in border management requires clear legal frameworks, effective oversight by public institutions and transparency towards the public. DCAF's work with States shows that oversight bodies are often unaware of which border functions have been outsourced.",
                    "Parliaments rarely receive information on contracts with private security providers in migration settings, and procurement information, where published, does not distinguish between equipment supply and services involving contact with people.",
                    "The Montreux Document and the International Code of Conduct for Private Security Service Providers offer guidance, but their application to immigration detention and border settings needs to be clarified.",
                    "DCAF recommends that States keep public registers of contracted security services in migration settings and give oversight bodies full access to contract documents, including those classified as confidential.",
                ],
            ),
        ),
    )
    add(
        "inter-en-frontex",
        ("Fundamental Rights Office", "fro@frontex.example.europa.eu"),
        "Frontex Fundamental Rights Office - input to call for inputs",
        T("""
            Dear Sir or Madam,

            Please find attached the input of the Fundamental Rights Office of the European
            Border and Coast Guard Agency (Frontex) to the call for inputs of the Working
            Group on the use of mercenaries.

            Kind regards,
            Fundamental Rights Office
            European Border and Coast Guard Agency (Frontex), Warsaw
            """),
        "en",
        (IO, "European Border and Coast Guard Agency", None),
        acr="Frontex",
        alt=("Frontex",),
        tz=1,
        atts=(
            doc(
                "Frontex_FRO_input_WG.pdf",
                "en",
                [
                    "European Border and Coast Guard Agency (Frontex), Fundamental Rights Office - Input",
                    "The Agency coordinates joint operations at the external borders of the European Union with border guards deployed by Member States. The Agency does not contract private security companies to carry out border control tasks.",
                    "The Agency procures aerial surveillance services, technical equipment and charter flights for return operations from private companies. Return operations are accompanied by escorts from Member States and, in accordance with the rules in force, by forced-return monitors.",
                    "Any person who believes that their fundamental rights have been breached by staff involved in an operation may submit a complaint through the Agency's individual complaints mechanism. The complaint form is available on the Agency's website, and complaints are treated confidentially.",
                    "The Fundamental Rights Office welcomes guidance on the safeguards that should apply when private service providers support operational activities.",
                ],
            ),
        ),
    )
    add(
        "inter-en-comsec",
        ("Commonwealth Secretariat", "humanrights@thecommonwealth.example.org"),
        "Commonwealth Secretariat - brief input",
        T("""
            Dear Secretariat of the Working Group,

            The Human Rights Unit of the Commonwealth Secretariat submits the attached brief
            input, based on its work with national human rights institutions in Commonwealth
            member countries.

            Regards,
            Human Rights Unit
            Commonwealth Secretariat, London
            """),
        "en",
        (IO, "Commonwealth Secretariat", None),
        tz=0,
        atts=(
            doc(
                "ComSec_input_WG_mercenaries.docx",
                "en",
                [
                    "Commonwealth Secretariat, Human Rights Unit - Input",
                    "Several Commonwealth member countries have outsourced aspects of immigration detention, visa processing and airport security to private companies. National human rights institutions in these countries have reported difficulties in obtaining information from contractors, which do not consider themselves bound by the institutions' powers to request documents.",
                    "Small island States in particular rely on external providers for border technology and data systems, with limited national capacity to oversee how personal data is stored and shared.",
                    "The Secretariat encourages member countries to ensure that national human rights institutions have full access to places of immigration detention and to the records of private operators.",
                ],
            ),
        ),
    )
    add(
        "priva-en-sps",
        ("Sentinel Perimeter Systems", "corporate.affairs@sentinelperimeter.example.com"),
        "Sentinel Perimeter Systems - response to call for inputs",
        T("""
            Dear Working Group Secretariat,

            Sentinel Perimeter Systems Ltd welcomes the opportunity to contribute. Our
            response is attached. We design and maintain perimeter detection systems for
            critical infrastructure and, in three countries, for border authorities.

            Kind regards,
            Victoria Hale
            Head of Corporate Affairs
            Sentinel Perimeter Systems Ltd

            """)
        + DISCLAIMER_EN,
        "en",
        (PS, "Sentinel Perimeter Systems Ltd", None),
        alt=("Sentinel Perimeter Systems",),
        flags=("disclaimer",),
        tz=0,
        atts=(
            doc(
                "Sentinel_Perimeter_Systems_response.pdf",
                "en",
                [
                    "Response of Sentinel Perimeter Systems Ltd",
                    "Sentinel Perimeter Systems supplies sensors, cameras and control room software for perimeter security. In border projects our role is limited to supply, installation and technical maintenance. Our engineers do not patrol borders, do not monitor the systems on behalf of authorities and have no contact with travellers or migrants.",
                    "Our contracts with border authorities contain confidentiality clauses at the request of the authorities, and we are therefore not able to disclose the locations or specifications of the systems we have installed.",
                    "Sentinel has adopted a human rights policy, published on our website, and carries out due diligence on new clients. We are reviewing how this policy applies to border projects.",
                    "We would welcome clear guidance from the Working Group on the responsibilities of technology suppliers in this area.",
                ],
            ),
        ),
    )
    add(
        "priva-en-hvs",
        ("Harbourline Visa Services", "publicaffairs@harbourlinevisa.example.com"),
        "Harbourline Visa Services - submission",
        T("""
            Dear Sir or Madam,

            Harbourline Visa Services is pleased to respond to the Working Group's call for
            inputs. Our submission, attached, explains how our visa application centres
            handle identity verification and personal data on behalf of governments.

            Best regards,
            Imran Qureshi
            Director of Public Affairs
            Harbourline Visa Services
            """),
        "en",
        (PS, "Harbourline Visa Services", None),
        tz=4,
        atts=(
            doc(
                "Harbourline_submission_WG.pdf",
                "en",
                [
                    "Submission of Harbourline Visa Services",
                    "Harbourline operates visa application centres for eleven governments. Our staff check the identity of applicants against their passports, collect biometrics and forward complete files to the consulates. We do not take or influence any decision on applications.",
                    "Personal data is transmitted to the contracting government through encrypted channels and deleted from our local systems after transmission. Our data protection policy is published on our website in nine languages.",
                    "Applicants can contact a customer service team and, for complaints about the decision itself, are referred to the consulate. We publish the number of complaints received each year, but the content of individual complaints is confidential.",
                    "We support the development of standards for private service providers working for immigration authorities, including on data protection and accessibility.",
                ],
            ),
        ),
    )
    add(
        "priva-en-nmp",
        ("Northgate Maritime Protection", "compliance@northgatemaritime.example.com"),
        "Northgate Maritime Protection - input to WG",
        T("""
            Dear Sir/Madam,

            Please find attached the input of Northgate Maritime Protection Ltd, a private
            maritime security company, to your call for inputs.

            Yours faithfully,
            James Whitcombe
            Compliance Director
            Northgate Maritime Protection Ltd
            """),
        "en",
        (PS, "Northgate Maritime Protection Ltd", None),
        alt=("Northgate Maritime Protection",),
        tz=0,
        atts=(
            doc(
                "Northgate_input.docx",
                "en",
                [
                    "Input of Northgate Maritime Protection Ltd",
                    "Northgate provides security teams on board merchant vessels and offshore installations. We have never been contracted by a State for the interception of migrants, and our policy is not to accept such tasks.",
                    "Our teams have on several occasions encountered boats in distress. Our standing orders require the team leader to advise the master to render assistance and to record the event in the vessel's log and in our own incident records, which are kept for seven years.",
                    "We are certified against ISO 28007 and are a member of the International Code of Conduct Association. Our annual compliance report is shared with our clients and the certification body but is not published.",
                ],
            ),
        ),
    )
    add(
        "indiv-en-walsh",
        ("Fiona Walsh", "fiona.walsh.rn@gmail.com"),
        "Submission from a former nurse in an immigration removal centre",
        T("""
            Dear Working Group,

            I worked as a nurse for a subcontracted health provider in an immigration
            removal centre from 2015 to 2018. I attach a short account of what I saw. You
            may publish it.

            Kind regards,
            Fiona Walsh RN
            """),
        "en",
        (IND, "Fiona Walsh", None),
        conf="publish",
        tz=0,
        atts=(
            doc(
                "Fiona_Walsh_account.docx",
                "en",
                [
                    "Account by Fiona Walsh, registered nurse",
                    "The health unit was run by one company, while the centre was run by another. Custody officers brought detainees to the health unit, and they were usually present during the consultation, supposedly for our safety. This made it very difficult for people to speak about torture, self-harm or sexual abuse.",
                    "When I raised concerns about a detainee who was not fit to be detained, my report went to the centre's management and to the caseworker. I never learned what happened to it. Internal reports were not shared with health staff.",
                    "Staffing was always short. On night shifts there was often one nurse for more than three hundred people.",
                    "I believe that health staff in detention should be employed by the public health service, not by contractors, so that they are independent from the company running the centre.",
                ],
            ),
        ),
    )
    add(
        "indiv-en-anon-tesfaye",
        ("Yonas Tesfaye", "yonas.t1990@gmail.com"),
        "My experience in a detention centre - please do not use my name",
        T("""
            Hello,

            I was held for five months in a detention centre run by a private company. A
            volunteer helped me write what happened to me in the attached document. You can
            use it and put it on the internet, but please do not show my name, because my
            asylum appeal is still going on.

            Thank you,
            Yonas
            """),
        "en",
        (IND, "Yonas Tesfaye", None),
        conf="publish",
        flags=("anonymous",),
        tz=0,
        atts=(
            doc(
                "my_experience.docx",
                "en",
                [
                    "Written by Yonas Tesfaye, former detainee",
                    "I was taken to the detention centre after reporting at the police station as I had to do every month. The guards at the centre were from a private company. They took my phone because it had a camera, and gave me a phone without internet.",
                    "When I was sick I asked to see a doctor many times. The guards said I must write a form. I wrote three forms. I saw a nurse after eleven days.",
                    "One night the guards came to take me to the airport. I did not know before. My lawyer did not know. I refused and four guards held me on the floor. The flight was cancelled because my lawyer sent a paper to the court.",
                    "I want people to know that the guards decide many things inside, not the government.",
                ],
            ),
        ),
    )
    add(
        "indiv-en-brooks",
        ("Martin Brooks", "martin.brooks@btopenworld.com"),
        "Call for inputs - my observations as a retired immigration officer",
        T("""
            Dear Sir or Madam,

            I served for 26 years as an immigration officer, the last eight of them at a
            port where many tasks had been outsourced. I offer the following observations in
            a personal capacity.

            Over the years, private contractors took over the holding rooms, the escorts to
            the aircraft and then the first identity check of arriving passengers in the
            juxtaposed controls. Contractor staff were given access to the watch lists and
            to passenger records to do this. In my view this went beyond a support role.

            The instructions that governed what contractor staff could and could not do were
            internal documents that even officers found hard to obtain. When something went
            wrong, the contractor's managers were the first to see the incident report.

            I would urge the Working Group to recommend that identity checks and access to
            personal records at the border remain with sworn officers.

            Yours faithfully,
            Martin Brooks
            """),
        "en",
        (IND, "Martin Brooks", None),
        tz=0,
    )
    add(
        "indiv-en-sandoval",
        ("Dr. Elena Sandoval", "esandoval.research@outlook.com"),
        "Individual submission: private detention and solitary confinement",
        T("""
            Dear members of the Working Group,

            I am an independent researcher and former psychologist in immigration
            detention. Please find attached my submission on the use of segregation in
            privately operated facilities.

            Sincerely,
            Elena Sandoval, PhD
            """),
        "en",
        (IND, "Elena Sandoval", None),
        tz=-6,
        atts=(
            doc(
                "Sandoval_submission_segregation.pdf",
                "en",
                [
                    "Submission by Dr. Elena Sandoval, independent researcher",
                    "Segregation, often called administrative separation, is used in privately operated immigration facilities for discipline, protection and the management of people with mental illness. Data I obtained through records requests show wide differences between facilities run by different contractors.",
                    "Segregation logs are kept by the facility and are not published. The data that reached me had names, dates of birth and identifying numbers removed, which made it impossible to follow individual cases over time.",
                    "People with serious mental illness were placed in segregation for weeks. Medical reviews recorded in the logs were often signed by custody staff rather than by clinicians.",
                    "I recommend strict limits on segregation in immigration detention, independent clinical review and the publication of anonymised segregation data for every facility.",
                ],
            ),
        ),
    )
    add(
        "other-en-mp",
        ("Office of Elizabeth Grant MP", "elizabeth.grant.mp@parliament.example.uk"),
        "Submission from Elizabeth Grant MP",
        T("""
            Dear Working Group,

            Please find attached a short submission from Elizabeth Grant MP, Member of
            Parliament for Harrowden South, whose constituency includes an immigration
            removal centre operated by a private company.

            Kind regards,
            Tom Adebayo
            Parliamentary Assistant to Elizabeth Grant MP
            """),
        "en",
        (OTH, "Elizabeth Grant MP", None),
        alt=("Elizabeth Grant",),
        tz=0,
        atts=(
            doc(
                "Elizabeth_Grant_MP_submission.pdf",
                "en",
                [
                    "Submission by Elizabeth Grant MP, Member of Parliament for Harrowden South",
                    "Since my election I have visited the removal centre in my constituency several times and have raised in Parliament the deaths of two men held there. On each occasion, Ministers answered that operational matters were for the contractor and that the contract was commercially confidential.",
                    "Written parliamentary questions about staffing levels, use of force and the number of people held for more than six months received only partial answers. The Department said the information was held by the contractor and not centrally.",
                    "Constituents who work at the centre have contacted me, on condition that their names are not used, to describe staff shortages and a culture in which raising concerns is discouraged.",
                    "I ask the Working Group to recommend that information held by contractors on behalf of the State be treated as held by the State for the purposes of parliamentary scrutiny and freedom of information.",
                ],
            ),
        ),
    )
    add(
        "other-en-rivermouth",
        ("Welcoming City Office", "welcomingcity@rivermouth.example.gov"),
        "City of Rivermouth - contribution to the call for inputs",
        T("""
            Dear Sir/Madam,

            The City of Rivermouth submits the attached contribution through its Office of
            Immigrant Affairs. The City is glad for it to be posted online with the other
            submissions.

            Sincerely,
            Office of Immigrant Affairs
            City of Rivermouth
            """),
        "en",
        (OTH, "City of Rivermouth", None),
        alt=("Office of Immigrant Affairs, City of Rivermouth",),
        conf="publish",
        tz=-5,
        atts=(
            doc(
                "Rivermouth_contribution.pdf",
                "en",
                [
                    "Contribution of the City of Rivermouth, Office of Immigrant Affairs",
                    "A privately operated immigration detention facility is located just outside the city limits. The City has no role in the contract, which was signed between the federal authorities and the county, and the City's requests for a copy of the contract have been refused on the ground that it contains proprietary information.",
                    "City health and emergency services are regularly called to the facility, but the City receives no information on outbreaks of disease or on deaths in custody, other than what is later published by the federal agency.",
                    "The City has adopted an ordinance that bars City staff from sharing residents' personal data with immigration enforcement except where required by law.",
                    "The City recommends that local governments be informed and consulted before detention contracts are signed or renewed in their area.",
                ],
            ),
        ),
    )
    add(
        "nots-en-ooo",
        ("Patrick Donnelly", "p.donnelly@borderjusticeproject.example.org"),
        "Automatic reply: Acknowledgement of receipt - call for inputs",
        T("""
            Thank you for your email. I am currently out of the office on annual leave and
            will return on Monday 23 March. During this time I will have limited access to
            email. For anything urgent regarding our submissions or publications, please
            contact info@borderjusticeproject.example.org.

            Patrick Donnelly
            Border Justice Project
            """),
        "en",
        (None, None, None),
        kind="auto_reply",
        headers=(("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")),
        tz=0,
        trap="out-of-office",
    )
    add(
        "nots-en-meeting",
        ("Sophie Laurent", "s.laurent@geneva-migration-forum.example.org"),
        "Invitation: side event on private security at borders, Palais des Nations",
        T("""
            Dear colleagues of the secretariat,

            The Geneva Migration Forum would like to invite a member of the Working Group on
            the use of mercenaries to speak at a side event on private security companies at
            borders, which we are organising during the June session of the Human Rights
            Council, on 23 June 2020 from 13:00 to 14:30 in Room XXIV of the Palais des
            Nations. The event is public and will be streamed online.

            Could you let us know by the end of April whether a member would be available?
            We would be happy to arrange a short call beforehand.

            With best regards,
            Sophie Laurent
            Programme Manager, Geneva Migration Forum
            """),
        "en",
        (None, None, None),
        kind="not_submission",
        tz=1,
        trap="invitation to a meeting",
    )


# ====================================================================== French


def french() -> None:
    french_ngos()
    french_others()


def french_ngos() -> None:
    add(
        "civil-fr-oel",
        ("Observatoire de l'enfermement des étrangers", "contact@oee-observatoire.example.org"),
        "Contribution de l'Observatoire de l'enfermement des étrangers",
        T("""
            Madame, Monsieur,

            Veuillez trouver ci-joint la contribution de l'Observatoire de l'enfermement des
            étrangers (OEE) à l'appel du Groupe de travail sur l'utilisation de mercenaires.
            Elle porte sur les prestataires privés dans les centres de rétention et les
            zones d'attente.

            Bien cordialement,
            Sylvie Marchand
            Chargée de plaidoyer, OEE
            """),
        "fr",
        (CS, "Observatoire de l'enfermement des étrangers", None),
        acr="OEE",
        tz=1,
        atts=(
            doc(
                "OEE_contribution_GT_mercenaires.pdf",
                "fr",
                [
                    "Observatoire de l'enfermement des étrangers (OEE) - Contribution, mars 2020",
                    "Dans les centres de rétention administrative, la garde relève de la police, mais l'hôtellerie, la restauration, le nettoyage, la bagagerie et parfois la vidéosurveillance sont confiés à des entreprises privées. Les marchés publics correspondants sont consultables sur le portail des achats de l'État, mais les cahiers des charges détaillés ne sont pas publiés.",
                    "Les registres tenus par les prestataires, par exemple sur la remise des bagages et des objets personnels, sont des documents internes. Les personnes retenues qui constatent la disparition de leurs affaires n'ont aucun moyen d'y accéder.",
                    "Les salariés des prestataires ne portent ni nom ni matricule visibles. Les personnes retenues qui souhaitent se plaindre d'un comportement ne peuvent donc pas désigner l'agent en cause.",
                    "L'OEE recommande la publication intégrale des cahiers des charges, l'identification visible de tous les intervenants et l'accès des personnes retenues aux registres les concernant.",
                ],
            ),
        ),
    )
    add(
        "civil-fr-afd",
        ("Accueil Frontière Durance", "accueil.frontiere.durance@gmail.com"),
        "Contribution - Accueil Frontière Durance",
        T("""
            Bonjour,

            Notre association, Accueil Frontière Durance, vient en aide aux personnes
            exilées qui traversent la frontière franco-italienne par la montagne. Vous
            trouverez notre contribution en pièce jointe. Nous autorisons sa publication
            sur votre site.

            Solidairement,
            Les bénévoles d'Accueil Frontière Durance
            """),
        "fr",
        (CS, "Accueil Frontière Durance", None),
        conf="publish",
        tz=1,
        atts=(
            doc(
                "Contribution_AFD.docx",
                "fr",
                [
                    "Contribution de l'association Accueil Frontière Durance",
                    "Depuis 2017, des personnes exilées sont interpellées près des cols et renvoyées en Italie, parfois de nuit. Outre les forces de l'ordre, nous avons observé des agents de sécurité privés employés par la gare et par une station de ski qui signalent les personnes à la police et contrôlent leur identité.",
                    "Les refus d'entrée sont notifiés sur des formulaires préremplis, sans interprète. Les personnes ne savent pas qui les a retenues et n'ont pas de copie des documents qu'on leur fait signer.",
                    "Nos bénévoles ont eux-mêmes été contrôlés par des agents privés, qui leur ont demandé leurs papiers et ont photographié leurs plaques d'immatriculation.",
                    "Nous demandons que les agents privés n'effectuent aucun contrôle d'identité et que les personnes refoulées reçoivent une copie de toutes les décisions prises à leur égard.",
                ],
            ),
        ),
    )
    add(
        "civil-fr-ldhm",
        ("Ligue des droits humains du Sahel", "secretariat@ldh-sahel.example.org"),
        "Contribution de la Ligue des droits humains du Sahel",
        T("""
            Madame, Monsieur,

            La Ligue des droits humains du Sahel a l'honneur de vous transmettre sa
            contribution sur le rôle des sociétés militaires et de sécurité privées dans la
            gestion des migrations au Niger et au Mali.

            Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

            Ibrahim Maïga
            Secrétaire exécutif
            Ligue des droits humains du Sahel, Niamey
            """),
        "fr",
        (CS, "Ligue des droits humains du Sahel", None),
        tz=1,
        atts=(
            doc(
                "LDH_Sahel_contribution.pdf",
                "fr",
                [
                    "Ligue des droits humains du Sahel - Contribution au Groupe de travail sur l'utilisation de mercenaires",
                    "La lutte contre la migration irrégulière au Sahel s'est accompagnée de financements importants pour l'équipement et la formation des forces de sécurité. Une partie de ces programmes est mise en oeuvre par des entreprises privées, dont certaines fournissent aussi des formateurs d'origine militaire.",
                    "Les accords de financement et les contrats de mise en oeuvre ne sont pas rendus publics au Niger ni au Mali. Les parlementaires que nous avons rencontrés nous ont dit n'en avoir jamais eu communication.",
                    "Sur le terrain, les transporteurs et les passeurs sont arrêtés, les véhicules saisis, et les personnes migrantes empruntent des routes plus dangereuses dans le désert.",
                    "Nous recommandons la publication des accords et des contrats, et une évaluation indépendante de leur impact sur les droits des personnes migrantes.",
                ],
            ),
        ),
    )
    add(
        "civil-fr-cmc",
        ("Céline Roux", "celine.roux@collectif-migrants-calaisis.example.org"),
        "Contribution - agents de sécurité privés et expulsions de campements",
        T("""
            Madame, Monsieur,

            Je vous adresse, au nom du Collectif Migrants Calaisis, une contribution sur
            l'intervention de sociétés de sécurité privées lors des expulsions de campements
            sur le littoral. Merci de ne pas la publier : elle cite des situations précises
            et nous craignons des représailles contre les personnes concernées.

            Cordialement,
            Céline Roux
            Collectif Migrants Calaisis
            """),
        "fr",
        (CS, "Collectif Migrants Calaisis", None),
        conf="confidential",
        tz=1,
        atts=(
            doc(
                "Contribution_Collectif_Migrants_Calaisis.pdf",
                "fr",
                [
                    "Contribution du Collectif Migrants Calaisis",
                    "Lors des expulsions de campements, des salariés de sociétés privées, embauchés par les propriétaires des terrains ou par les collectivités, démontent les tentes et emportent les affaires des personnes exilées. Les forces de l'ordre encadrent l'opération, mais ce sont les agents privés qui touchent aux biens.",
                    "Les biens saisis devraient être entreposés et restitués. Dans les faits, les personnes retrouvent rarement leurs téléphones, leurs papiers d'identité ou leurs médicaments. Les inventaires, quand ils existent, restent internes à l'entreprise.",
                    "Des agents privés sont aussi présents autour des sites de distribution et des parkings de poids lourds, où ils contrôlent et éloignent les personnes exilées.",
                    "Nous demandons l'interdiction de toute intervention d'agents privés sur les biens des personnes exilées et un inventaire contradictoire de tout bien saisi.",
                ],
            ),
        ),
    )
    add(
        "civil-fr-rbjm",
        ("Réseau belge Justice Migrants", "info@rbjm.example.be"),
        "RBJM - contribution à l'appel à contributions",
        T("""
            Madame, Monsieur,

            Le Réseau belge Justice Migrants (RBJM) vous prie de trouver ci-joint sa
            contribution relative aux éloignements forcés et à l'accompagnement des
            personnes expulsées.

            Avec nos remerciements,
            Thomas Vandenberghe
            Coordinateur du RBJM, Bruxelles
            """),
        "fr",
        (CS, "Réseau belge Justice Migrants", None),
        acr="RBJM",
        tz=1,
        atts=(
            doc(
                "RBJM_contribution_GT.pdf",
                "fr",
                [
                    "Réseau belge Justice Migrants (RBJM) - Contribution",
                    "Les éloignements par vols commerciaux et par vols spéciaux mobilisent des agents publics, mais la logistique, le transport vers l'aéroport et parfois la sécurité à bord des vols affrétés reposent sur des prestataires privés. La répartition des rôles n'est décrite dans aucun document accessible au public.",
                    "Les rapports de l'organe de contrôle des retours forcés sont publiés chaque année, mais de façon agrégée. Les personnes éloignées qui ont subi des violences déposent rarement plainte, faute de pouvoir identifier les agents.",
                    "Nous recommandons que l'organe de contrôle ait accès à tous les vols et à tous les intervenants, publics et privés, et que ses constats individuels soient communiqués aux personnes concernées.",
                ],
            ),
        ),
    )
    add(
        "civil-fr-afmd",
        ("Association des femmes migrantes de Dakar", "afmd.dakar@yahoo.fr"),
        "Contribution AFMD - femmes migrantes et contrôles",
        T("""
            Bonjour,

            Veuillez trouver en pièce jointe la contribution de l'Association des femmes
            migrantes de Dakar pour l'appel du Groupe de travail.

            Merci,
            Aminata Sow
            Présidente de l'AFMD
            """),
        "fr",
        (CS, "Association des femmes migrantes de Dakar", None),
        acr="AFMD",
        tz=0,
        atts=(
            doc(
                "AFMD_contribution.docx",
                "fr",
                [
                    "Association des femmes migrantes de Dakar (AFMD) - Contribution",
                    "Les femmes refoulées ou rapatriées que nous accueillons décrivent des fouilles corporelles pratiquées par des hommes, des agents de sécurité privés dans des gares routières et des ports, et des demandes d'argent ou de faveurs en échange du passage.",
                    "Elles ne portent presque jamais plainte. Les rares plaintes sont déposées de façon anonyme, par l'intermédiaire d'associations, car les femmes craignent d'être reconnues et stigmatisées.",
                    "Nous recommandons que les fouilles soient réalisées par des femmes et que des services d'écoute confidentiels soient mis en place dans les lieux de passage.",
                ],
            ),
        ),
    )
    add(
        "civil-fr-gdc",
        ("Groupe Droits et Contrôles", "groupe@droits-controles.example.fr"),
        "Contribution du Groupe Droits et Contrôles (biométrie et prestataires)",
        T("""
            Madame, Monsieur,

            Le Groupe Droits et Contrôles vous adresse ci-joint sa contribution sur le rôle
            des entreprises privées dans les fichiers et les contrôles d'identité aux
            frontières.

            Bien à vous,
            Hugo Fernandes
            Groupe Droits et Contrôles

            """)
        + DISCLAIMER_FR,
        "fr",
        (CS, "Groupe Droits et Contrôles", None),
        flags=("disclaimer",),
        tz=1,
        atts=(
            doc(
                "GDC_contribution_biometrie.pdf",
                "fr",
                [
                    "Groupe Droits et Contrôles - Contribution sur la biométrie et les prestataires privés",
                    "Les systèmes de contrôle automatisé aux frontières, les sas biométriques des aéroports et les fichiers de demandeurs d'asile sont conçus et maintenus par quelques entreprises privées. Leurs salariés disposent d'accès techniques aux données personnelles de millions de voyageurs.",
                    "Les analyses d'impact relatives à la protection des données ne sont pas publiées, et l'autorité de contrôle n'a publié qu'un avis général. Les personnes concernées ignorent que des sous-traitants peuvent accéder à leurs données.",
                    "Nous recommandons la publication des analyses d'impact, la traçabilité de chaque accès aux données par un prestataire et un contrôle régulier par l'autorité de protection des données.",
                ],
            ),
        ),
    )
    add(
        "civil-fr-sfv",
        ("Solidarité Fleuve", "solidarite.fleuve@example.org"),
        "Contribution de Solidarité Fleuve (format ODT)",
        T("""
            Madame, Monsieur,

            Vous trouverez ci-joint la contribution de l'association Solidarité Fleuve,
            basée à Rosso, sur les contrôles au passage du fleuve Sénégal et le rôle des
            sociétés de gardiennage dans les gares et les bacs. Le document est au format
            ODT ; nous pouvons vous l'envoyer dans un autre format si nécessaire.

            Cordialement,
            Moussa Diallo
            Solidarité Fleuve
            """),
        "fr",
        (CS, "Solidarité Fleuve", None),
        flags=("format_not_accepted",),
        tz=0,
        atts=(
            doc(
                "Contribution_Solidarite_Fleuve.odt",
                "fr",
                [
                    "Contribution de l'association Solidarité Fleuve, Rosso",
                    "Au passage du fleuve, les voyageurs sont contrôlés par la police, mais les agents des sociétés de gardiennage employés par les gares routières et par l'exploitant du bac filtrent aussi les passagers et leur demandent leurs papiers.",
                    "Les personnes sans documents sont retenues dans un local en attendant la police, parfois pendant des heures. Aucun registre public ne mentionne ces retenues.",
                    "Nous recommandons que les agents privés n'exercent aucun contrôle des documents des voyageurs.",
                ],
            ),
        ),
    )
    add(
        "civil-fr-ard",
        ("Action Rétention Droits", "ard@actionretention.example.org"),
        "Contribution - Action Rétention Droits",
        T("""
            Madame, Monsieur,

            Veuillez trouver ci-joint notre contribution. Elle s'appuie sur les
            signalements que nous recevons des personnes retenues et sur le rapport
            d'activité que nous avons publié en 2019.

            Cordialement,
            Léa Girard
            Juriste, Action Rétention Droits, Lyon
            """),
        "fr",
        (CS, "Action Rétention Droits", None),
        tz=1,
        atts=(
            doc(
                "Contribution_Action_Retention_Droits.pdf",
                "fr",
                [
                    "Action Rétention Droits, Lyon - Contribution",
                    "Nos juristes interviennent dans un centre de rétention où plusieurs prestations sont externalisées. En 2019, nous avons reçu 64 signalements concernant le comportement de salariés de prestataires : propos racistes, refus de transmettre des demandes médicales, confiscation d'objets.",
                    "La plupart des personnes ont demandé que leur signalement reste anonyme. Les signalements transmis à la direction du centre ont reçu une réponse générale, sans indication des suites données.",
                    "Les règlements intérieurs des prestataires sont des documents internes auxquels ni les personnes retenues ni les associations n'ont accès.",
                    "Nous recommandons que les règlements applicables à tous les intervenants soient affichés dans le centre et traduits, et que les signalements soient instruits par une autorité indépendante.",
                ],
            ),
        ),
    )
    add(
        "civil-fr-fmm",
        ("Forum Maghreb Mobilités", "forum.maghreb.mobilites@example.org"),
        "Contribution du Forum Maghreb Mobilités",
        T("""
            Madame, Monsieur,

            Le Forum Maghreb Mobilités vous transmet sa contribution sur la sécurisation des
            ports et des frontières terrestres au Maghreb. Les témoignages ont été recueillis
            à Tunis, Oran et Oujda ; les noms des personnes ont été retirés.

            Salutations distinguées,
            Nadia Ben Salem
            Coordinatrice, Forum Maghreb Mobilités
            """),
        "fr",
        (CS, "Forum Maghreb Mobilités", None),
        tz=1,
        atts=(
            doc(
                "FMM_contribution_GT_mercenaires.pdf",
                "fr",
                [
                    "Forum Maghreb Mobilités - Contribution au Groupe de travail sur l'utilisation de mercenaires",
                    "Dans plusieurs ports du Maghreb, la sûreté des terminaux et des zones de fret est assurée par des sociétés privées. Des jeunes qui tentent de se cacher dans des camions ou des conteneurs sont découverts par ces agents et parfois retenus et frappés avant l'arrivée de la police.",
                    "Les équipements de surveillance des frontières terrestres, financés en partie par des partenaires européens, sont fournis par des entreprises privées. Les contrats ne sont pas publiés et la société civile n'est pas consultée.",
                    "Nous recommandons la publication des accords de coopération en matière de contrôle des frontières et un encadrement strict des agents de sûreté portuaire.",
                ],
            ),
        ),
    )


def french_others() -> None:
    add(
        "acade-fr-cedm",
        ("Hélène Garnier", "helene.garnier@univ-lorgeval.example.fr"),
        "Contribution du Centre d'études sur le droit des migrations (Université de Lorgeval)",
        T("""
            Madame, Monsieur,

            Au nom du Centre d'études sur le droit des migrations de l'Université de
            Lorgeval, j'ai l'honneur de vous transmettre notre contribution à l'appel du
            Groupe de travail.

            Je vous prie d'agréer, Madame, Monsieur, l'expression de ma considération
            distinguée.

            Hélène Garnier
            Professeure de droit public
            Directrice du Centre d'études sur le droit des migrations
            """),
        "fr",
        (AC, "Centre d'études sur le droit des migrations, Université de Lorgeval", None),
        alt=("Centre d'études sur le droit des migrations",),
        tz=1,
        atts=(
            doc(
                "CEDM_Lorgeval_contribution.pdf",
                "fr",
                [
                    "Centre d'études sur le droit des migrations, Université de Lorgeval - Contribution",
                    "Le droit public interdit en principe de déléguer à des personnes privées l'exercice de missions de police. Les marchés de prestations en rétention et en zone d'attente contournent cette limite en qualifiant de tâches matérielles des missions qui, en pratique, impliquent une contrainte sur les personnes.",
                    "Le juge administratif n'a été saisi que rarement de ces questions, notamment parce que les cahiers des charges ne sont pas publiés et que les requérants ignorent l'étendue exacte des tâches confiées aux prestataires.",
                    "Nous proposons que le Groupe de travail dresse une liste des fonctions qui ne peuvent en aucun cas être confiées à des entreprises privées : contrôle d'identité, fouille, usage de la force, décision sur la liberté d'aller et venir.",
                ],
            ),
        ),
    )
    add(
        "acade-fr-lasp",
        ("Laboratoire LASP", "lasp@univ-montclair-ouest.example.fr"),
        "LASP - contribution sur la sécurité privée aux frontières",
        T("""
            Bonjour,

            Le Laboratoire d'anthropologie de la sécurité privée (LASP) de l'Université de
            Montclair-Ouest vous adresse ci-joint sa contribution, issue d'une enquête de
            terrain menée en 2018 et 2019.

            Cordialement,
            Julie Perrin et Antoine Lefebvre
            LASP, Université de Montclair-Ouest
            """),
        "fr",
        (
            AC,
            "Laboratoire d'anthropologie de la sécurité privée, Université de Montclair-Ouest",
            None,
        ),
        acr="LASP",
        alt=("Laboratoire d'anthropologie de la sécurité privée",),
        tz=1,
        atts=(
            doc(
                "LASP_contribution_GT.docx",
                "fr",
                [
                    "Laboratoire d'anthropologie de la sécurité privée (LASP), Université de Montclair-Ouest - Contribution",
                    "Notre enquête a porté sur les agents de sécurité privée employés dans les ports, les gares et les centres d'hébergement de demandeurs d'asile. La plupart sont eux-mêmes issus de l'immigration et occupent des emplois précaires.",
                    "Les agents interrogés, sous couvert d'anonymat, décrivent des consignes orales contradictoires, l'absence de formation sur le droit d'asile et une forte pression de la hiérarchie pour « éviter les problèmes ». Les consignes écrites, lorsqu'elles existent, sont confidentielles et ne leur sont pas toujours remises.",
                    "Nous recommandons des consignes écrites et publiques, une formation minimale sur les droits des personnes et une protection des agents qui signalent des abus.",
                ],
            ),
        ),
    )
    add(
        "acade-fr-uqm",
        ("Marc-André Tremblay", "tremblay.marc-andre@uqmontagnes.example.ca"),
        "Contribution - Chaire de recherche sur les frontières et la sécurité",
        T("""
            Madame, Monsieur,

            Veuillez trouver ci-joint la contribution de la Chaire de recherche sur les
            frontières et la sécurité de l'Université du Québec des Montagnes. Nous
            acceptons volontiers qu'elle soit publiée sur la page de l'appel.

            Salutations cordiales,
            Marc-André Tremblay
            Titulaire de la Chaire
            """),
        "fr",
        (
            AC,
            "Chaire de recherche sur les frontières et la sécurité, Université du Québec des Montagnes",
            None,
        ),
        alt=("Chaire de recherche sur les frontières et la sécurité",),
        conf="publish",
        tz=-5,
        atts=(
            doc(
                "Chaire_frontieres_securite_contribution.pdf",
                "fr",
                [
                    "Chaire de recherche sur les frontières et la sécurité, Université du Québec des Montagnes - Contribution",
                    "Au Canada, la détention des personnes migrantes se fait dans des centres de surveillance de l'immigration où la garde est confiée, dans certains cas, à des agences de sécurité privées sous contrat avec l'autorité frontalière. Les contrats sont publiés sous forme d'avis sur le site des marchés publics, mais les exigences de formation n'y figurent pas.",
                    "Les personnes détenues nous ont décrit des fouilles, des transferts et des contentions réalisés par des agents privés. Les rapports d'incident sont des documents internes que l'on obtient seulement par des demandes d'accès à l'information, souvent caviardées.",
                    "Nous recommandons que la garde des personnes détenues soit assurée par des agents publics et que les rapports d'incident soient transmis à un organe de surveillance indépendant.",
                ],
            ),
        ),
    )
    add(
        "acade-fr-ucad",
        ("Ousmane Ndiaye", "ousmane.ndiaye@univ-thies-ocean.example.sn"),
        "Contribution : externalisation des frontières et acteurs privés en Afrique de l'Ouest",
        T("""
            Madame, Monsieur,

            Je vous transmets la contribution du Laboratoire d'études migratoires de
            l'Université de Thiès-Océan, préparée avec deux doctorants du laboratoire.

            Respectueusement,
            Ousmane Ndiaye
            Maître de conférences
            Laboratoire d'études migratoires, Université de Thiès-Océan
            """),
        "fr",
        (AC, "Laboratoire d'études migratoires, Université de Thiès-Océan", None),
        alt=("Laboratoire d'études migratoires",),
        tz=0,
        atts=(
            doc(
                "LEM_Thies_Ocean_contribution.pdf",
                "fr",
                [
                    "Laboratoire d'études migratoires, Université de Thiès-Océan - Contribution",
                    "Les politiques d'externalisation des frontières européennes ont conduit à financer en Afrique de l'Ouest des systèmes d'enregistrement biométrique, des postes frontières et des patrouilles. Des entreprises privées européennes et africaines fournissent les équipements et assurent leur maintenance.",
                    "Les données biométriques collectées aux frontières sont stockées dans des bases dont l'hébergement et la gestion sont parfois confiés à des prestataires. Le public ignore où se trouvent ces données et qui y a accès.",
                    "Nous recommandons que les accords de financement et les contrats soient rendus publics et que les autorités nationales de protection des données soient associées à ces projets.",
                ],
            ),
        ),
    )
    add(
        "state-fr-lux",
        ("Mission du Luxembourg", "geneve.rp@mae-luxembourg.example"),
        "Réponse du Grand-Duché de Luxembourg - appel à contributions",
        T("""
            Madame, Monsieur,

            La Représentation permanente du Grand-Duché de Luxembourg auprès de l'Office
            des Nations Unies à Genève a l'honneur de vous transmettre ci-joint la réponse
            du Gouvernement luxembourgeois à l'appel à contributions du Groupe de travail.

            Avec nos salutations distinguées,
            Représentation permanente du Luxembourg, Genève
            """),
        "fr",
        (MS, "Luxembourg", "LUX"),
        alt=("Grand Duchy of Luxembourg",),
        tz=1,
        atts=(
            doc(
                "Reponse_Luxembourg_GT_mercenaires.pdf",
                "fr",
                [
                    "Réponse du Gouvernement du Grand-Duché de Luxembourg",
                    "Le contrôle aux frontières extérieures, limité à l'aéroport de Luxembourg, est assuré par la Police grand-ducale. Aucune mission de contrôle aux frontières n'est confiée à une entreprise privée.",
                    "Le Centre de rétention est un établissement public placé sous l'autorité du ministre ayant l'immigration dans ses attributions. Le personnel de garde est composé d'agents publics. Des entreprises privées peuvent assurer des prestations de restauration, de nettoyage et de maintenance technique.",
                    "Des sociétés de gardiennage agréées par le ministre de la Justice assurent la surveillance de certaines structures d'hébergement pour demandeurs de protection internationale. Leurs agents font l'objet d'une vérification d'honorabilité.",
                ],
            ),
        ),
    )
    add(
        "state-fr-tun",
        ("Mission permanente de Tunisie", "mission.tunisie@diplomatie-tunisie.example"),
        "Note verbale de la Mission permanente de la Tunisie",
        T("""
            Madame, Monsieur,

            Veuillez trouver ci-joint la note verbale de la Mission permanente de la
            République tunisienne relative à l'appel du Groupe de travail sur l'utilisation
            de mercenaires.

            Cordialement,
            Mission permanente de la Tunisie à Genève
            """),
        "fr",
        (MS, "Tunisia", "TUN"),
        alt=("Republic of Tunisia", "Tunisie"),
        tz=1,
        atts=(
            doc(
                "NV_Tunisie_appel_GT_mercenaires.pdf",
                "fr",
                [
                    "Mission permanente de la République tunisienne auprès de l'Office des Nations Unies à Genève - Note verbale",
                    "La Mission permanente de la République tunisienne présente ses compliments au Haut-Commissariat des Nations Unies aux droits de l'homme et, en réponse à l'appel à contributions du Groupe de travail sur l'utilisation de mercenaires, a l'honneur de porter à sa connaissance ce qui suit.",
                    "La gestion des frontières terrestres, maritimes et aériennes relève exclusivement de la Garde nationale, de la Police et de la Douane. La législation tunisienne ne permet pas aux sociétés de gardiennage privées d'exercer des missions de contrôle des frontières ou de détention.",
                    "La Mission permanente de la République tunisienne saisit cette occasion pour renouveler au Haut-Commissariat les assurances de sa haute considération.",
                ],
            ),
        ),
    )
    add(
        "state-fr-bfa",
        ("Mission du Burkina Faso", "mission.burkina.geneve@mae-burkina.example"),
        "Contribution du Burkina Faso",
        T("""
            Madame, Monsieur,

            La Mission permanente du Burkina Faso à Genève vous fait parvenir la
            contribution du Gouvernement burkinabè. Le Gouvernement ne s'oppose pas à sa
            publication sur le site du Haut-Commissariat.

            Haute considération,
            Mission permanente du Burkina Faso
            """),
        "fr",
        (MS, "Burkina Faso", "BFA"),
        conf="publish",
        tz=0,
        atts=(
            doc(
                "Contribution_Burkina_Faso.docx",
                "fr",
                [
                    "Contribution du Gouvernement du Burkina Faso",
                    "Le contrôle des frontières au Burkina Faso relève de la Police nationale et de la Gendarmerie nationale, avec l'appui des Forces armées nationales dans les zones touchées par l'insécurité.",
                    "Les sociétés privées de sécurité sont régies par un décret qui en fixe les conditions d'agrément. Elles assurent la surveillance de biens, notamment de sites miniers, et ne sont pas autorisées à exercer des missions de contrôle aux frontières.",
                    "Le Burkina Faso accueille des réfugiés maliens et compte un nombre croissant de personnes déplacées internes. Le Gouvernement appelle à une coopération renforcée contre la présence de groupes armés et de mercenaires dans la région.",
                ],
            ),
        ),
    )
    add(
        "state-fr-bel",
        ("Représentation permanente de la Belgique", "geneve.pm@diplobel.example"),
        "Belgique - réponse à l'appel du Groupe de travail",
        T("""
            Madame, Monsieur,

            La Représentation permanente de la Belgique a l'honneur de vous transmettre
            la réponse de la Belgique à l'appel à contributions, accompagnée d'une note
            verbale.

            Avec nos salutations distinguées,
            Représentation permanente de la Belgique auprès de l'ONU à Genève
            """),
        "fr",
        (MS, "Belgium", "BEL"),
        alt=("Kingdom of Belgium", "Belgique"),
        tz=1,
        atts=(
            doc(
                "NV_Belgique_GT_mercenaires.pdf",
                "fr",
                [
                    "Représentation permanente de la Belgique auprès de l'Office des Nations Unies à Genève - Note verbale",
                    "La Représentation permanente de la Belgique présente ses compliments au Haut-Commissariat aux droits de l'homme et a l'honneur de lui transmettre ci-joint la réponse de la Belgique à l'appel à contributions du Groupe de travail sur l'utilisation de mercenaires.",
                    "La Représentation permanente saisit cette occasion pour renouveler au Haut-Commissariat les assurances de sa très haute considération.",
                ],
            ),
            doc(
                "Reponse_Belgique_PMSC_frontieres.pdf",
                "fr",
                [
                    "Réponse de la Belgique à l'appel à contributions du Groupe de travail sur l'utilisation de mercenaires",
                    "Les centres fermés pour étrangers sont gérés par l'Office des étrangers, et la surveillance des résidents est assurée par des agents publics. Des entreprises privées assurent la restauration, l'entretien et certains services techniques.",
                    "Les éloignements forcés sont exécutés par la Police fédérale. L'Inspection générale de la police fédérale et de la police locale contrôle les éloignements, et ses rapports annuels sont publiés.",
                    "Des sociétés de gardiennage autorisées par le SPF Intérieur peuvent être chargées de la surveillance de certains centres d'accueil pour demandeurs de protection internationale. La loi réglementant la sécurité privée encadre strictement leurs compétences.",
                ],
                title="Réponse de la Belgique",
            ),
        ),
    )
    add(
        "nhri-fr-cndh-dji",
        ("CNDH Djibouti", "cndh@cndh-djibouti.example.dj"),
        "Contribution de la Commission nationale des droits de l'homme de Djibouti",
        T("""
            Madame, Monsieur,

            La Commission nationale des droits de l'homme de Djibouti vous transmet
            ci-joint sa contribution à l'appel du Groupe de travail sur l'utilisation de
            mercenaires.

            Veuillez agréer l'expression de notre haute considération.

            Le Président de la Commission
            """),
        "fr",
        (NHRI, "Commission nationale des droits de l'homme de Djibouti", "DJI"),
        alt=("Commission nationale des droits de l'homme",),
        tz=3,
        atts=(
            doc(
                "CNDH_Djibouti_contribution.pdf",
                "fr",
                [
                    "Commission nationale des droits de l'homme de Djibouti - Contribution",
                    "Djibouti est un pays de transit pour de nombreuses personnes migrantes venues de la Corne de l'Afrique et se rendant vers la péninsule arabique. La Commission visite les centres d'accueil et de regroupement de migrants gérés par les autorités avec l'appui d'organisations internationales.",
                    "Le port et certaines installations étrangères présentes sur le territoire emploient des sociétés de sécurité privées. La Commission n'a pas connaissance de leur intervention dans le contrôle des migrants, mais elle ne dispose pas d'informations sur les contrats, qui ne sont pas publics.",
                    "La Commission recommande que toute intervention d'agents privés auprès de personnes migrantes fasse l'objet d'un encadrement légal et d'un contrôle indépendant.",
                ],
            ),
        ),
    )
    add(
        "nhri-fr-ccdh-lux",
        ("CCDH Luxembourg", "info@ccdh.example.lu"),
        "Contribution de la Commission consultative des droits de l'homme du Luxembourg",
        T("""
            Madame, Monsieur,

            La Commission consultative des droits de l'homme du Grand-Duché de Luxembourg
            (CCDH), institution nationale des droits de l'homme, a l'honneur de vous
            transmettre sa contribution.

            Bien à vous,
            Le Secrétariat de la CCDH
            """),
        "fr",
        (NHRI, "Commission consultative des droits de l'homme du Grand-Duché de Luxembourg", "LUX"),
        acr="CCDH",
        alt=("Commission consultative des droits de l'homme",),
        tz=1,
        atts=(
            doc(
                "CCDH_contribution_GT_mercenaires.pdf",
                "fr",
                [
                    "Commission consultative des droits de l'homme du Grand-Duché de Luxembourg (CCDH) - Contribution",
                    "La CCDH a constaté que la surveillance de plusieurs structures d'hébergement de demandeurs de protection internationale est confiée à des sociétés de gardiennage privées. Les résidents ont rapporté des contrôles d'identité à l'entrée et des fouilles de chambres par des agents privés.",
                    "Le règlement interne des structures n'est pas toujours traduit ni affiché. Les résidents ne connaissent pas les pouvoirs des agents et n'osent pas se plaindre, même de façon anonyme.",
                    "La CCDH recommande de publier les cahiers des charges des sociétés de gardiennage, de définir strictement leurs compétences et de garantir l'accès à un mécanisme de plainte indépendant.",
                ],
            ),
        ),
    )
    add(
        "inter-fr-oif",
        ("OIF - Direction des affaires politiques", "dapg@francophonie.example.org"),
        "Contribution de l'Organisation internationale de la Francophonie",
        T("""
            Madame, Monsieur,

            La Direction des affaires politiques et de la gouvernance démocratique de
            l'Organisation internationale de la Francophonie (OIF) a le plaisir de vous
            adresser la contribution ci-jointe.

            Avec nos meilleures salutations,
            Direction des affaires politiques et de la gouvernance démocratique, OIF, Paris
            """),
        "fr",
        (IO, "Organisation internationale de la Francophonie", None),
        acr="OIF",
        alt=("International Organisation of La Francophonie",),
        tz=1,
        atts=(
            doc(
                "OIF_contribution_GT_mercenaires.pdf",
                "fr",
                [
                    "Organisation internationale de la Francophonie (OIF) - Contribution",
                    "L'OIF accompagne ses États et gouvernements membres dans le renforcement des institutions nationales des droits de l'homme et des parlements. Ces institutions disposent rarement d'informations sur le recours à des prestataires privés dans la gestion des frontières.",
                    "Les réseaux institutionnels de la Francophonie ont relevé que les contrats de sécurité privée conclus par les administrations publiques sont souvent couverts par le secret, ce qui limite le contrôle parlementaire.",
                    "L'OIF encourage l'adoption de législations nationales encadrant les sociétés militaires et de sécurité privées, conformément au Document de Montreux.",
                ],
            ),
        ),
    )
    add(
        "inter-fr-coi",
        ("Secrétariat général de la COI", "secretariat@commissionoceanindien.example.org"),
        "Contribution de la Commission de l'océan Indien",
        T("""
            Madame, Monsieur,

            Le Secrétariat général de la Commission de l'océan Indien (COI) vous transmet sa
            contribution relative à la sécurité maritime et aux migrations dans la région.

            Cordialement,
            Unité sécurité maritime, COI, Ebène
            """),
        "fr",
        (IO, "Commission de l'océan Indien", None),
        acr="COI",
        alt=("Indian Ocean Commission",),
        tz=4,
        atts=(
            doc(
                "COI_contribution.docx",
                "fr",
                [
                    "Commission de l'océan Indien (COI) - Contribution au Groupe de travail sur l'utilisation de mercenaires",
                    "Les États membres de la COI font face à des arrivées de petites embarcations, notamment à Mayotte, aux Comores et à Maurice, ainsi qu'à la pêche illicite et au trafic. La surveillance maritime s'appuie sur des moyens publics, complétés par des prestataires privés pour la surveillance aérienne et le traitement des données satellitaires.",
                    "Les centres régionaux de fusion de l'information maritime partagent des données entre États. Les règles applicables au partage de données concernant des personnes ne sont pas publiées.",
                    "La COI soutient l'élaboration de lignes directrices régionales garantissant que les opérations de surveillance maritime respectent l'obligation de secours en mer et les droits des personnes migrantes.",
                ],
            ),
        ),
    )
    add(
        "priva-fr-gardiane",
        ("Gardiane Sécurité", "direction.juridique@gardiane-securite.example.fr"),
        "Contribution Gardiane Sécurité - confidentiel",
        T("""
            Madame, Monsieur,

            Gardiane Sécurité, entreprise de sécurité privée titulaire de marchés de
            gardiennage de centres d'hébergement, répond à votre appel. Nous vous
            remercions de réserver ce document au seul usage du Groupe de travail et de ne
            pas le mettre en ligne.

            Cordialement,
            Anne-Laure Petit
            Directrice juridique, Gardiane Sécurité
            """),
        "fr",
        (PS, "Gardiane Sécurité", None),
        conf="confidential",
        tz=1,
        atts=(
            doc(
                "Gardiane_Securite_contribution.pdf",
                "fr",
                [
                    "Contribution de Gardiane Sécurité",
                    "Gardiane Sécurité assure le gardiennage de onze centres d'hébergement de demandeurs d'asile. Nos agents contrôlent les accès, effectuent des rondes et interviennent en cas de conflit entre résidents. Ils n'effectuent ni fouille corporelle ni contrôle d'identité au sens de la loi.",
                    "Nos cahiers des charges sont établis par les gestionnaires des centres. Ils fixent des effectifs minimaux, mais les prix retenus par les acheteurs publics ne permettent pas toujours de former les agents au-delà du minimum légal.",
                    "Nous sommes favorables à un référentiel national de formation pour les agents intervenant auprès de publics vulnérables, financé dans le cadre des marchés.",
                ],
            ),
        ),
    )
    add(
        "indiv-fr-anon-moreau",
        ("Karim Moreau", "karim.moreau75@laposte.net"),
        "Témoignage d'un ancien agent de sécurité - sans mon nom SVP",
        T("""
            Bonjour,

            J'ai travaillé trois ans comme agent de sécurité dans un centre d'hébergement
            de demandeurs d'asile. Je vous envoie mon témoignage en pièce jointe. Vous pouvez
            le publier, mais je vous demande de ne pas mettre mon nom, je travaille
            toujours dans la sécurité privée.

            Merci,
            Karim Moreau
            """),
        "fr",
        (IND, "Karim Moreau", None),
        conf="publish",
        flags=("anonymous",),
        tz=1,
        atts=(
            doc(
                "temoignage_agent_securite.docx",
                "fr",
                [
                    "Témoignage de Karim Moreau, ancien agent de sécurité",
                    "On était deux agents la nuit pour près de trois cents personnes. On nous demandait de contrôler les badges à l'entrée, de noter les absences et de signaler à la direction les résidents qui ne dormaient pas au centre. Ces listes partaient ensuite à la préfecture, je crois.",
                    "Je n'ai jamais eu de formation sur l'asile. La formation, c'était surtout la sécurité incendie et les gestes de base. Quand il y avait une crise, par exemple quelqu'un qui voulait se faire du mal, on appelait les pompiers et on attendait.",
                    "Je pense que les agents devraient savoir ce qu'ils ont le droit de faire et ce qu'ils n'ont pas le droit de faire, par écrit.",
                ],
            ),
        ),
    )
    add(
        "indiv-fr-lambert",
        ("Anne Lambert", "anne.lambert.avocate@example.fr"),
        "Observations d'une avocate - zones d'attente et prestataires privés",
        T("""
            Madame, Monsieur,

            Avocate au barreau de Marseille, j'interviens depuis dix ans auprès des
            personnes maintenues en zone d'attente. Je me permets de vous adresser
            directement quelques observations, sans document joint.

            Dans la zone d'attente où j'interviens, l'accueil, la restauration et
            l'accompagnement des personnes vers les salles d'audience sont assurés par les
            salariés d'un prestataire privé. Ces salariés ont accès aux listes des
            personnes maintenues, à leur identité et à leur nationalité, et ils assistent
            souvent aux échanges entre les personnes et leurs avocats, faute de local
            adapté.

            La confidentialité des entretiens n'est donc pas garantie. Le registre de la
            zone d'attente est tenu par la police, mais les mouvements des personnes à
            l'intérieur, organisés par le prestataire, ne sont consignés nulle part.

            Je souhaite que le Groupe de travail rappelle que l'entretien avec l'avocat
            doit se tenir hors de la présence de tout tiers, public ou privé.

            Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

            Anne Lambert
            Avocate
            """),
        "fr",
        (IND, "Anne Lambert", None),
        tz=1,
    )
    add(
        "other-fr-snas",
        ("Syndicat national des agents de sûreté", "snas.secretariat@example.fr"),
        "Contribution du Syndicat national des agents de sûreté (SNAS)",
        T("""
            Madame, Monsieur,

            Le Syndicat national des agents de sûreté (SNAS), qui représente les salariés
            de la sécurité privée dans les aéroports et les ports, vous adresse sa
            contribution.

            Salutations syndicales,
            Patrick Morel
            Secrétaire général du SNAS
            """),
        "fr",
        (OTH, "Syndicat national des agents de sûreté", None),
        acr="SNAS",
        tz=1,
        atts=(
            doc(
                "SNAS_contribution.pdf",
                "fr",
                [
                    "Syndicat national des agents de sûreté (SNAS) - Contribution",
                    "Nos adhérents effectuent l'inspection-filtrage des passagers et, dans certains aéroports, la vérification documentaire avant l'embarquement pour le compte des compagnies aériennes. Ils sont ainsi amenés à refuser l'embarquement à des voyageurs dont les documents paraissent douteux.",
                    "Ces décisions pèsent lourd pour les personnes, qui peuvent chercher une protection. Les agents n'ont reçu aucune formation à cet égard et les consignes des compagnies sont confidentielles.",
                    "Le SNAS demande que les agents privés ne soient pas chargés de contrôles documentaires aux conséquences aussi graves et que leurs conditions de travail permettent d'exercer leurs missions dans le respect des personnes.",
                ],
            ),
        ),
    )
    add(
        "other-fr-depute",
        ("Cabinet de Mme Isabelle Roussel", "isabelle.roussel@assemblee.example.fr"),
        "Contribution de Mme Isabelle Roussel, députée",
        T("""
            Madame, Monsieur,

            Veuillez trouver ci-joint la contribution de Mme Isabelle Roussel, députée,
            membre de la commission des lois, à l'appel à contributions du Groupe de
            travail.

            Bien cordialement,
            Le cabinet de Mme Isabelle Roussel
            """),
        "fr",
        (OTH, "Isabelle Roussel", None),
        tz=1,
        atts=(
            doc(
                "Contribution_Isabelle_Roussel_deputee.pdf",
                "fr",
                [
                    "Contribution de Mme Isabelle Roussel, députée, membre de la commission des lois",
                    "Dans le cadre de mon droit de visite des lieux de privation de liberté, je me suis rendue dans plusieurs centres de rétention et zones d'attente. J'y ai constaté la place croissante des prestataires privés, dont le rôle n'est précisé dans aucun texte public.",
                    "Mes questions écrites au Gouvernement sur le montant et le contenu de ces marchés ont reçu des réponses partielles, au motif du secret des affaires. Les rapports des prestataires sur les incidents restent internes à l'administration.",
                    "Je recommande que le Parlement soit informé chaque année des marchés conclus dans ce domaine et que la liste des missions confiées à des entreprises privées soit rendue publique.",
                ],
            ),
        ),
    )
    add(
        "nots-fr-delai",
        ("Mathilde Caron", "m.caron@asso-frontieres-ouvertes.example.org"),
        "Question sur la date limite de l'appel à contributions",
        T("""
            Bonjour,

            Notre association souhaite contribuer à l'appel du Groupe de travail sur les
            sociétés militaires et de sécurité privées dans la gestion de l'immigration et
            des frontières. Notre conseil d'administration ne pourra valider le texte que le
            19 mars. Serait-il possible de vous l'envoyer quelques jours après la date
            limite du 17 mars ? Par ailleurs, les contributions seront-elles toutes publiées
            sur le site du Haut-Commissariat ?

            Merci d'avance pour votre réponse,
            Mathilde Caron
            Frontières Ouvertes
            """),
        "fr",
        (None, None, None),
        kind="not_submission",
        tz=1,
        trap="question about the deadline",
    )
    add(
        "nots-fr-merci",
        ("Pierre Duval", "p.duval@collectif-asile-normandie.example.org"),
        "RE: Accusé de réception",
        T("""
            Bonjour,

            Un grand merci pour votre accusé de réception. Nous sommes heureux que notre
            contribution soit parvenue au Groupe de travail dans les délais et restons à
            votre disposition pour toute précision.

            Bonne journée,
            Pierre Duval
            Collectif Asile Normandie
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
        "civil-es-cdf",
        ("Colectivo Derechos en la Frontera Sur", "colectivo@frontera-sur.example.org.mx"),
        "Contribución del Colectivo Derechos en la Frontera Sur",
        T("""
            Estimadas y estimados integrantes del Grupo de Trabajo:

            Les hacemos llegar la contribución del Colectivo Derechos en la Frontera Sur
            sobre la participación de empresas de seguridad privada en el control migratorio
            en Chiapas y Tabasco.

            Saludos cordiales,
            Ana Sofía Gutiérrez
            Coordinadora, Colectivo Derechos en la Frontera Sur, Tapachula
            """),
        "es",
        (CS, "Colectivo Derechos en la Frontera Sur", None),
        tz=-6,
        atts=(
            doc(
                "Contribucion_Colectivo_Frontera_Sur.pdf",
                "es",
                [
                    "Colectivo Derechos en la Frontera Sur, Tapachula - Contribución al Grupo de Trabajo",
                    "En las terminales de autobuses y en los puntos de revisión carretera de la frontera sur, guardias de empresas de seguridad privada contratadas por las líneas de transporte revisan la identidad de los pasajeros y retienen a quienes no portan documentos hasta que llegan agentes migratorios.",
                    "Los contratos entre las empresas de transporte y las de seguridad son privados y no hay registro público de estas retenciones. Las personas retenidas no reciben ningún documento que acredite lo sucedido.",
                    "Las quejas presentadas ante la comisión estatal de derechos humanos se hacen con frecuencia de forma anónima, porque las personas temen ser deportadas si se identifican.",
                    "Recomendamos prohibir expresamente que guardias privados realicen revisiones migratorias y que las autoridades investiguen las retenciones denunciadas.",
                ],
            ),
        ),
    )
    add(
        "civil-es-cear",
        ("Red Acogida Sur", "incidencia@redacogidasur.example.es"),
        "Aportación de Red Acogida Sur a la convocatoria",
        T("""
            Buenos días:

            Adjuntamos la aportación de Red Acogida Sur sobre la seguridad privada en los
            centros de estancia temporal y en los puertos de llegada. Pueden publicarla en
            la página web de la convocatoria.

            Un saludo,
            Javier Moreno
            Área de incidencia, Red Acogida Sur, Almería
            """),
        "es",
        (CS, "Red Acogida Sur", None),
        conf="publish",
        tz=1,
        atts=(
            doc(
                "Aportacion_Red_Acogida_Sur.docx",
                "es",
                [
                    "Aportación de Red Acogida Sur (Almería, España)",
                    "En los puertos de llegada, las personas rescatadas permanecen durante horas en carpas y naves custodiadas por vigilantes de seguridad privada contratados por la autoridad portuaria, antes de ser identificadas por la policía. No existe un registro público de cuántas personas pasan por estas instalaciones ni de cuánto tiempo permanecen en ellas.",
                    "En los centros de estancia temporal, el personal de seguridad privada controla las entradas y salidas y, según nos relatan los residentes, revisa sus pertenencias. Las normas internas de los centros no se entregan a los residentes.",
                    "Proponemos que la custodia de personas recién llegadas corresponda siempre a funcionarios públicos y que las normas internas de los centros se publiquen y se traduzcan.",
                ],
            ),
        ),
    )
    add(
        "civil-es-pdm",
        ("Programa de Derechos Migrantes", "pdm@derechosmigrantes.example.org.gt"),
        "Aporte del Programa de Derechos Migrantes - Guatemala",
        T("""
            Señoras y señores del Grupo de Trabajo:

            Remitimos el aporte del Programa de Derechos Migrantes sobre las empresas
            privadas que participan en el traslado de personas deportadas y en la seguridad
            de los centros de recepción de retornados en Guatemala.

            Atentamente,
            Edgar Pérez
            Director del Programa de Derechos Migrantes, Ciudad de Guatemala
            """),
        "es",
        (CS, "Programa de Derechos Migrantes", None),
        acr="PDM",
        tz=-6,
        atts=(
            doc(
                "PDM_aporte_GT_mercenarios.pdf",
                "es",
                [
                    "Programa de Derechos Migrantes (PDM), Guatemala - Aporte",
                    "Los vuelos de deportación que llegan a Guatemala son operados por aerolíneas privadas contratadas por el país que deporta, con escoltas de empresas privadas a bordo. Las personas deportadas relatan que viajaron esposadas de manos, cintura y pies durante todo el vuelo.",
                    "Los manifiestos de los vuelos, con los nombres de las personas deportadas, se comparten con las autoridades guatemaltecas, pero no con las familias, que a menudo no saben cuándo llegará su familiar.",
                    "Recomendamos que no se utilicen restricciones de forma rutinaria en los vuelos de deportación y que los Estados publiquen los contratos con las empresas de transporte y escolta.",
                ],
            ),
        ),
    )
    add(
        "civil-es-anon-mcs",
        ("Mesa Ciudadana de Solidaridad", "mesaciudadanasolidaridad@protonmail.com"),
        "Contribución - les pedimos publicarla sin el nombre de la organización",
        T("""
            Estimados señores:

            Enviamos adjunta nuestra contribución sobre la vigilancia privada en la frontera
            norte de Chile. Pueden publicarla, pero les solicitamos que no figure el nombre
            de nuestra organización ni de sus integrantes, ya que hemos recibido amenazas
            tras denunciar públicamente algunos de estos hechos.

            Muchas gracias,
            Mesa Ciudadana de Solidaridad
            """),
        "es",
        (CS, "Mesa Ciudadana de Solidaridad", None),
        conf="publish",
        flags=("anonymous",),
        tz=-3,
        atts=(
            doc(
                "contribucion_frontera_norte.pdf",
                "es",
                [
                    "Contribución de la Mesa Ciudadana de Solidaridad sobre la vigilancia privada en la frontera norte",
                    "En las localidades fronterizas del norte, algunas empresas mineras y agrícolas emplean guardias privados que patrullan caminos y quebradas por donde transitan personas migrantes. Vecinos y migrantes relatan que estos guardias detienen a grupos, les piden documentos y avisan a la policía.",
                    "Las empresas no publican información sobre las funciones de sus guardias, y las autoridades locales dicen no tener registro de estas actuaciones.",
                    "Pedimos que se prohíba a guardias privados detener o identificar a personas migrantes y que se investiguen las denuncias presentadas.",
                ],
            ),
        ),
    )
    add(
        "civil-es-clj",
        ("Clínica Jurídica Migrante", "clinicajuridicamigrante@gmail.com"),
        "Aporte - Clínica Jurídica Migrante (formato ODT)",
        T("""
            Estimados:

            Les enviamos el aporte de la Clínica Jurídica Migrante, organización que brinda
            asesoría gratuita a personas migrantes en Lima, sobre el papel de las empresas
            de seguridad privada en aeropuertos y terminales terrestres del Perú. El
            documento está en formato ODT porque trabajamos con software libre.

            Saludos,
            Rosa Quispe
            Clínica Jurídica Migrante
            """),
        "es",
        (CS, "Clínica Jurídica Migrante", None),
        flags=("format_not_accepted",),
        tz=-5,
        atts=(
            doc(
                "Aporte_Clinica_Juridica_Migrante.odt",
                "es",
                [
                    "Aporte de la Clínica Jurídica Migrante, Lima",
                    "En el aeropuerto, el personal de seguridad privada de las aerolíneas revisa los documentos de viaje antes del embarque y en algunos casos retiene pasaportes venezolanos que considera dudosos hasta la llegada de la policía.",
                    "Las personas afectadas no reciben constancia de la retención ni saben a quién reclamar. Los protocolos internos de las aerolíneas son reservados.",
                    "Recomendamos que las revisiones documentales con consecuencias para el derecho a solicitar refugio sean realizadas solo por autoridades migratorias.",
                ],
            ),
        ),
    )
    add(
        "civil-es-cdhv",
        ("Centro de Derechos Humanos del Valle", "contacto@cdhvalle.example.org.co"),
        "Contribución del Centro de Derechos Humanos del Valle - confidencial",
        T("""
            Estimado equipo:

            Adjuntamos la contribución del Centro de Derechos Humanos del Valle. Por la
            seguridad de las personas que nos dieron su testimonio, les pedimos que el
            documento sea tratado de forma confidencial y no se publique en el sitio web.

            Atentamente,
            Luis Fernando Ocampo
            Director, Centro de Derechos Humanos del Valle
            """),
        "es",
        (CS, "Centro de Derechos Humanos del Valle", None),
        conf="confidential",
        tz=-5,
        atts=(
            doc(
                "CDHV_contribucion.pdf",
                "es",
                [
                    "Centro de Derechos Humanos del Valle - Contribución al Grupo de Trabajo sobre la utilización de mercenarios",
                    "En zonas rurales cercanas a la frontera, personas migrantes y refugiadas venezolanas trabajan en fincas custodiadas por empresas de seguridad privada. Hemos documentado casos en que los guardias retuvieron los documentos de identidad de trabajadores y les impidieron salir de las fincas.",
                    "Algunos de estos guardias son antiguos militares, y en ciertos casos se ha señalado su vínculo con grupos armados ilegales. Las empresas no publican la lista de su personal y las autoridades no han investigado.",
                    "Pedimos que se verifique a las empresas de seguridad que operan en zonas fronterizas y que se garantice la protección de las personas que denuncian.",
                ],
            ),
        ),
    )
    add(
        "civil-es-opd",
        ("Observatorio de Privatización y Derechos", "info@observatorioprivatizacion.example.org"),
        "Contribución - Observatorio de Privatización y Derechos",
        T("""
            Estimados señores:

            Les remitimos la contribución del Observatorio de Privatización y Derechos
            (OPD), basada en un estudio que publicamos en 2019 sobre la contratación de
            servicios privados en los centros de internamiento de extranjeros.

            Cordialmente,
            Marta Vidal
            Investigadora, OPD, Madrid
            """),
        "es",
        (CS, "Observatorio de Privatización y Derechos", None),
        acr="OPD",
        tz=1,
        atts=(
            doc(
                "OPD_contribucion_CIE.pdf",
                "es",
                [
                    "Observatorio de Privatización y Derechos (OPD) - Contribución",
                    "Nuestro estudio de 2019 analizó los contratos de servicios en los centros de internamiento de extranjeros publicados en la plataforma de contratación del sector público. La seguridad interior corresponde a la policía, pero la asistencia social, sanitaria y jurídica, la limpieza y el mantenimiento se han adjudicado a empresas privadas.",
                    "Los pliegos publicados no incluyen indicadores sobre la calidad de la atención, y los informes de seguimiento de los contratos no se hacen públicos. Las personas internas no saben qué servicios tienen derecho a recibir.",
                    "Recomendamos publicar los informes de seguimiento, incluir en los contratos obligaciones de respeto de los derechos humanos y permitir el acceso de organizaciones sociales a los centros.",
                ],
            ),
        ),
    )
    add(
        "civil-es-rvm",
        ("Red de Voluntariado Migrante", "redvoluntariadomigrante@yahoo.es"),
        "Nuestra aportación a la convocatoria",
        T("""
            Hola,

            Somos un grupo de personas voluntarias que visitamos semanalmente a personas
            internas en un centro de internamiento de extranjeros. No tenemos un documento
            preparado, así que les escribimos aquí lo que vemos.

            Las personas internas nos cuentan que, además de la policía, hay trabajadores de
            empresas privadas que reparten la comida, gestionan el locutorio y acompañan a
            las visitas. No llevan identificación visible y nadie sabe su nombre. Cuando
            alguien presenta una queja, tiene que hacerlo a través de la dirección del
            centro y no recibe copia. Muchas personas prefieren no quejarse por miedo a que
            afecte a su expediente.

            Pedimos que todas las personas que trabajan en el centro lleven identificación
            y que las quejas puedan presentarse ante un juez o un organismo independiente.

            Un saludo,
            Red de Voluntariado Migrante
            """),
        "es",
        (CS, "Red de Voluntariado Migrante", None),
        tz=1,
    )
    add(
        "civil-es-mmt",
        ("Movimiento Mujeres en Tránsito", "mujeresentransito@example.org.hn"),
        "Aporte del Movimiento Mujeres en Tránsito",
        T("""
            Estimadas y estimados:

            El Movimiento Mujeres en Tránsito, de Honduras, comparte su aporte sobre la
            situación de mujeres migrantes frente a guardias privados en la ruta hacia el
            norte.

            Con afecto,
            Karla Mejía
            Movimiento Mujeres en Tránsito, San Pedro Sula
            """),
        "es",
        (CS, "Movimiento Mujeres en Tránsito", None),
        tz=-6,
        atts=(
            doc(
                "Aporte_Mujeres_en_Transito.docx",
                "es",
                [
                    "Movimiento Mujeres en Tránsito (Honduras) - Aporte al Grupo de Trabajo",
                    "Las mujeres que acompañamos en su retorno relatan revisiones corporales realizadas por guardias varones en terminales, albergues y centros de detención administrados por empresas privadas, así como acoso y exigencias sexuales a cambio de no ser entregadas a las autoridades.",
                    "Pocas denuncian. Las que lo hacen prefieren hacerlo de forma anónima a través de organizaciones, porque temen represalias y el estigma en sus comunidades.",
                    "Recomendamos que las revisiones a mujeres sean realizadas por personal femenino y que existan canales de denuncia confidenciales y accesibles en la ruta migratoria.",
                ],
            ),
        ),
    )
    add(
        "acade-es-iem",
        ("Instituto de Estudios Migratorios", "iem@univ-sierranorte.example.es"),
        "Contribución del Instituto de Estudios Migratorios (Universidad de Sierra Norte)",
        T("""
            Estimados miembros del Grupo de Trabajo:

            El Instituto de Estudios Migratorios de la Universidad de Sierra Norte remite su
            contribución a la convocatoria, elaborada a partir de nuestra investigación
            sobre la externalización del control de fronteras.

            Atentamente,
            Dra. Pilar Santamaría
            Directora del Instituto de Estudios Migratorios
            """),
        "es",
        (AC, "Instituto de Estudios Migratorios, Universidad de Sierra Norte", None),
        alt=("Instituto de Estudios Migratorios",),
        tz=1,
        atts=(
            doc(
                "IEM_Sierra_Norte_contribucion.pdf",
                "es",
                [
                    "Instituto de Estudios Migratorios, Universidad de Sierra Norte - Contribución",
                    "La construcción y el mantenimiento de vallas fronterizas, los sistemas de videovigilancia y los centros de control se han adjudicado a empresas privadas mediante contratos públicos. La información publicada en la plataforma de contratación permite conocer los importes, pero no las especificaciones técnicas, que se declaran reservadas.",
                    "Hemos comprobado que una misma empresa puede diseñar, instalar y mantener un sistema durante años, lo que genera una fuerte dependencia de la administración respecto del contratista.",
                    "Recomendamos evaluar el impacto en derechos humanos de los elementos de las vallas y de los sistemas de vigilancia antes de su contratación, y publicar dichas evaluaciones.",
                ],
            ),
        ),
    )
    add(
        "acade-es-ucr",
        ("María José Villalobos", "mariajose.villalobos@univ-centroamerica.example.cr"),
        "Aporte académico: seguridad privada y migración en Centroamérica",
        T("""
            Estimadas personas del Grupo de Trabajo:

            Comparto el aporte del Programa de Investigación en Movilidad Humana de la
            Universidad Centroamericana del Pacífico, elaborado con estudiantes de la
            maestría en derechos humanos.

            Saludos cordiales,
            María José Villalobos
            Coordinadora, Programa de Investigación en Movilidad Humana
            """),
        "es",
        (
            AC,
            "Programa de Investigación en Movilidad Humana, Universidad Centroamericana del Pacífico",
            None,
        ),
        alt=("Programa de Investigación en Movilidad Humana",),
        tz=-6,
        atts=(
            doc(
                "Aporte_PIMH_UCP.pdf",
                "es",
                [
                    "Programa de Investigación en Movilidad Humana, Universidad Centroamericana del Pacífico - Aporte",
                    "En Centroamérica, la seguridad privada emplea a más personas que las policías nacionales. Guardias privados armados están presentes en terminales de transporte, comercios y fincas situadas en las rutas migratorias, y con frecuencia son las primeras personas que encuentran a migrantes en tránsito.",
                    "La regulación de la seguridad privada es débil y los registros de empresas y de armas no son públicos en varios países. Las personas migrantes que sufren abusos no saben a qué empresa pertenecía el guardia.",
                    "Recomendamos registros públicos de empresas y de personal de seguridad privada y la prohibición de que ejerzan funciones de control migratorio.",
                ],
            ),
        ),
    )
    add(
        "acade-es-uba",
        ("Federico Acosta", "facosta@derecho.univ-riodelaplata.example.ar"),
        "Contribución - Observatorio de Derecho Migratorio",
        T("""
            De mi mayor consideración:

            Tengo el agrado de dirigirme a ustedes para remitir la contribución del
            Observatorio de Derecho Migratorio de la Facultad de Derecho de la Universidad
            del Río de la Plata.

            Saludo a ustedes atentamente,
            Federico Acosta
            Profesor adjunto, Observatorio de Derecho Migratorio
            """),
        "es",
        (AC, "Observatorio de Derecho Migratorio, Universidad del Río de la Plata", None),
        alt=("Observatorio de Derecho Migratorio",),
        tz=-3,
        atts=(
            doc(
                "ODM_contribucion.docx",
                "es",
                [
                    "Observatorio de Derecho Migratorio, Facultad de Derecho, Universidad del Río de la Plata - Contribución",
                    "En los pasos fronterizos terrestres y en los aeropuertos de la región, los controles migratorios son realizados por autoridades públicas. Sin embargo, los sistemas informáticos de registro de entradas y salidas y las bases de datos biométricas han sido desarrollados y son mantenidos por empresas privadas.",
                    "Los convenios con estas empresas no se publican íntegramente y no es claro qué personal privado accede a los datos personales de las personas viajeras.",
                    "Recomendamos que las autoridades de protección de datos supervisen el acceso de contratistas a las bases de datos migratorias.",
                ],
            ),
        ),
    )
    add(
        "acade-es-cisd",
        ("Centro de Investigación en Seguridad y Derechos", "cisd@univ-andina-sur.example.edu.ec"),
        "Contribución del CISD - Universidad Andina del Sur",
        T("""
            Estimados señores:

            Adjunto la contribución del Centro de Investigación en Seguridad y Derechos
            (CISD) de la Universidad Andina del Sur.

            Atentamente,
            Pablo Andrade
            Investigador principal, CISD
            """),
        "es",
        (AC, "Centro de Investigación en Seguridad y Derechos, Universidad Andina del Sur", None),
        acr="CISD",
        alt=("Centro de Investigación en Seguridad y Derechos",),
        tz=-5,
        atts=(
            doc(
                "CISD_contribucion_GT_mercenarios.pdf",
                "es",
                [
                    "Centro de Investigación en Seguridad y Derechos (CISD), Universidad Andina del Sur - Contribución",
                    "Ante la llegada de personas venezolanas, varios Estados andinos reforzaron la frontera con equipos de vigilancia y con la contratación de servicios privados de seguridad en los centros binacionales de atención fronteriza.",
                    "Las entrevistas realizadas por el CISD a funcionarios, que pidieron no ser identificados, indican que no existen protocolos escritos sobre la actuación del personal privado frente a solicitantes de refugio.",
                    "Recomendamos protocolos públicos y capacitación obligatoria en protección internacional para todo el personal privado presente en los centros fronterizos.",
                ],
            ),
        ),
    )
    add(
        "state-es-ecu",
        ("Misión Permanente del Ecuador", "mision.ginebra@cancilleria-ecuador.example"),
        "Nota verbal - Misión Permanente del Ecuador",
        T("""
            Estimados señores:

            Adjunto sírvanse encontrar la nota verbal de la Misión Permanente del Ecuador
            ante la Oficina de las Naciones Unidas en Ginebra, con la información remitida
            por el Ministerio de Gobierno.

            Atentamente,
            Misión Permanente del Ecuador en Ginebra
            """),
        "es",
        (MS, "Ecuador", "ECU"),
        alt=("Republic of Ecuador",),
        tz=1,
        atts=(
            doc(
                "NV_Ecuador_GT_mercenarios.pdf",
                "es",
                [
                    "Misión Permanente del Ecuador ante la Oficina de las Naciones Unidas y otros Organismos Internacionales en Ginebra - Nota verbal",
                    "La Misión Permanente del Ecuador saluda atentamente a la Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos y, en relación con la convocatoria del Grupo de Trabajo sobre la utilización de mercenarios, tiene a bien informar que el control migratorio es competencia del Ministerio de Gobierno a través de la Policía Nacional.",
                    "Las compañías de vigilancia y seguridad privada, reguladas por la ley de la materia, no pueden ejercer funciones de control migratorio. Los registros de compañías autorizadas se publican en el portal del Ministerio.",
                    "La Misión Permanente del Ecuador aprovecha la oportunidad para reiterar a la Oficina del Alto Comisionado las seguridades de su más alta y distinguida consideración.",
                ],
            ),
        ),
    )
    add(
        "state-es-ury",
        ("Misión Permanente del Uruguay", "urugine@mrree-uruguay.example"),
        "Respuesta de la República Oriental del Uruguay",
        T("""
            De nuestra mayor consideración:

            La Misión Permanente de la República Oriental del Uruguay remite adjunta la
            respuesta del Gobierno a la convocatoria del Grupo de Trabajo sobre la
            utilización de mercenarios.

            Saludos cordiales,
            Misión Permanente del Uruguay ante Naciones Unidas, Ginebra
            """),
        "es",
        (MS, "Uruguay", "URY"),
        alt=("Oriental Republic of Uruguay",),
        tz=1,
        atts=(
            doc(
                "Respuesta_Uruguay_GT_mercenarios.docx",
                "es",
                [
                    "Respuesta del Gobierno de la República Oriental del Uruguay",
                    "El control migratorio en el Uruguay corresponde a la Dirección Nacional de Migración. El país no cuenta con centros de detención de personas migrantes, y la irregularidad migratoria no constituye delito.",
                    "Las empresas de seguridad privada, habilitadas y registradas ante el Ministerio del Interior, pueden prestar servicios de vigilancia en puertos y aeropuertos, sin facultades en materia migratoria.",
                    "El Uruguay reafirma su compromiso con los derechos de las personas migrantes y con el trabajo del Grupo de Trabajo.",
                ],
            ),
        ),
    )
    add(
        "state-es-cri",
        ("Misión de Costa Rica", "mision.costarica@rree-costarica.example"),
        "Costa Rica - información para el Grupo de Trabajo (no publicar)",
        T("""
            Estimados señores:

            La Misión Permanente de Costa Rica remite la información solicitada por el
            Grupo de Trabajo. Agradeceríamos que se utilice únicamente para la preparación
            del informe y que no se publique en el sitio web.

            Atentamente,
            Misión Permanente de Costa Rica en Ginebra
            """),
        "es",
        (MS, "Costa Rica", "CRI"),
        alt=("Republic of Costa Rica",),
        conf="confidential",
        tz=1,
        atts=(
            doc(
                "Informacion_Costa_Rica.pdf",
                "es",
                [
                    "Información del Gobierno de Costa Rica para el Grupo de Trabajo sobre la utilización de mercenarios",
                    "La Dirección General de Migración y Extranjería y la Policía Profesional de Migración son responsables del control migratorio. Costa Rica no contrata empresas militares o de seguridad privada para funciones de control fronterizo.",
                    "En el marco de la atención de flujos migratorios mixtos en la frontera norte y sur, algunos servicios de transporte y alimentación han sido contratados con empresas privadas, bajo supervisión institucional.",
                    "Costa Rica mantiene su compromiso con la protección internacional de las personas refugiadas.",
                ],
            ),
        ),
    )
    add(
        "nhri-es-dpe",
        ("Defensoría del Pueblo del Ecuador", "internacional@dpe-ecuador.example"),
        "Contribución de la Defensoría del Pueblo del Ecuador",
        T("""
            Estimados señores:

            La Defensoría del Pueblo del Ecuador, Institución Nacional de Derechos Humanos,
            remite su contribución a la convocatoria del Grupo de Trabajo.

            Atentamente,
            Dirección de Relaciones Internacionales
            Defensoría del Pueblo del Ecuador, Quito
            """),
        "es",
        (NHRI, "Defensoría del Pueblo del Ecuador", "ECU"),
        tz=-5,
        atts=(
            doc(
                "DPE_contribucion_GT_mercenarios.pdf",
                "es",
                [
                    "Defensoría del Pueblo del Ecuador - Contribución al Grupo de Trabajo sobre la utilización de mercenarios",
                    "La Defensoría ha acompañado la llegada de personas venezolanas por el puente de Rumichaca. Ha observado la presencia de guardias privados contratados por operadores de transporte y por organizaciones de asistencia, que ordenan las filas y verifican documentos antes del control migratorio.",
                    "Las personas no siempre distinguen entre el personal privado y los servidores públicos. La Defensoría ha recibido quejas, algunas anónimas, por tratos discriminatorios.",
                    "La Defensoría recomienda que el personal privado no verifique documentos de identidad y que se informe claramente a las personas sobre las funciones de cada actor.",
                ],
            ),
        ),
    )
    add(
        "nhri-es-inddhh",
        ("INDDHH Uruguay", "secretaria@inddhh.example.gub.uy"),
        "Aporte de la Institución Nacional de Derechos Humanos y Defensoría del Pueblo",
        T("""
            Estimados/as:

            Adjuntamos el aporte de la Institución Nacional de Derechos Humanos y
            Defensoría del Pueblo (INDDHH) del Uruguay a la convocatoria.

            Cordialmente,
            Secretaría de la INDDHH, Montevideo
            """),
        "es",
        (NHRI, "Institución Nacional de Derechos Humanos y Defensoría del Pueblo", "URY"),
        acr="INDDHH",
        tz=-3,
        atts=(
            doc(
                "INDDHH_aporte.pdf",
                "es",
                [
                    "Institución Nacional de Derechos Humanos y Defensoría del Pueblo (INDDHH), Uruguay - Aporte",
                    "La INDDHH, en su calidad de Mecanismo Nacional de Prevención de la Tortura, no ha identificado lugares de privación de libertad de personas migrantes administrados por empresas privadas.",
                    "Ha recibido, no obstante, información sobre personas extranjeras retenidas por personal de seguridad privada en el puerto de Montevideo tras ser halladas a bordo de buques como polizones, sin registro público de estas retenciones.",
                    "La INDDHH recomienda establecer un protocolo público para el tratamiento de polizones que asegure la intervención inmediata de autoridades y el acceso a la solicitud de refugio.",
                ],
            ),
        ),
    )
    add(
        "nhri-es-pdh",
        ("Procuraduría de los Derechos Humanos", "relaciones.internacionales@pdh.example.org.gt"),
        "Contribución del Procurador de los Derechos Humanos de Guatemala",
        T("""
            Señores Grupo de Trabajo:

            Con un atento saludo, remitimos la contribución del Procurador de los Derechos
            Humanos de Guatemala a la convocatoria sobre empresas militares y de seguridad
            privadas en la gestión de la inmigración y las fronteras.

            Atentamente,
            Unidad de Relaciones Internacionales
            Procuraduría de los Derechos Humanos
            """),
        "es",
        (NHRI, "Procurador de los Derechos Humanos", "GTM"),
        alt=(
            "Procuraduría de los Derechos Humanos",
            "Procurador de los Derechos Humanos de Guatemala",
        ),
        tz=-6,
        atts=(
            doc(
                "PDH_Guatemala_contribucion.pdf",
                "es",
                [
                    "Procurador de los Derechos Humanos de Guatemala - Contribución",
                    "Guatemala es país de origen, tránsito, destino y retorno. La Procuraduría monitorea la recepción de personas retornadas por vía aérea y terrestre. Las personas retornadas por vía aérea llegan en vuelos operados por empresas privadas contratadas por el país que deporta.",
                    "En la frontera con México, la Procuraduría ha recibido denuncias contra guardias privados de empresas de transporte que exigen dinero a personas migrantes.",
                    "La Procuraduría recomienda fortalecer la supervisión estatal de las empresas de seguridad privada y garantizar canales de denuncia en los puntos fronterizos.",
                ],
            ),
        ),
    )
    add(
        "inter-es-sica",
        ("Secretaría General del SICA", "secretaria.general@sica.example.int"),
        "Contribución de la Secretaría General del SICA",
        T("""
            Estimados señores:

            La Secretaría General del Sistema de la Integración Centroamericana (SICA)
            remite su contribución a la convocatoria del Grupo de Trabajo sobre la
            utilización de mercenarios.

            Atentamente,
            Dirección de Seguridad Democrática
            Secretaría General del SICA, San Salvador
            """),
        "es",
        (IO, "Sistema de la Integración Centroamericana", None),
        acr="SICA",
        alt=("Central American Integration System",),
        tz=-6,
        atts=(
            doc(
                "SICA_contribucion_GT_mercenarios.pdf",
                "es",
                [
                    "Sistema de la Integración Centroamericana (SICA), Secretaría General - Contribución",
                    "La Estrategia de Seguridad de Centroamérica reconoce el crecimiento de la seguridad privada en la región. Los Estados miembros cuentan con leyes que regulan las empresas de seguridad privada, pero con niveles de control muy distintos.",
                    "La Secretaría General promueve el intercambio de información entre Estados sobre empresas de seguridad privada y sobre personas que ejercen funciones en ellas, respetando la protección de datos personales.",
                    "La Secretaría General considera conveniente armonizar las normas regionales para que el personal de seguridad privada no intervenga en tareas de control migratorio.",
                ],
            ),
        ),
    )
    add(
        "priva-es-pmi",
        ("Protección Marítima Ibérica", "cumplimiento@proteccionmaritima.example.es"),
        "Aportación de Protección Marítima Ibérica, S.L.",
        T("""
            Estimados señores:

            Protección Marítima Ibérica, S.L., empresa de seguridad portuaria, remite su
            aportación a la convocatoria del Grupo de Trabajo.

            Un cordial saludo,
            Álvaro Castaño
            Director de Cumplimiento Normativo
            Protección Marítima Ibérica, S.L.

            """)
        + DISCLAIMER_ES,
        "es",
        (PS, "Protección Marítima Ibérica, S.L.", None),
        alt=("Protección Marítima Ibérica",),
        flags=("disclaimer",),
        tz=1,
        atts=(
            doc(
                "Aportacion_Proteccion_Maritima_Iberica.pdf",
                "es",
                [
                    "Aportación de Protección Marítima Ibérica, S.L.",
                    "Nuestra empresa presta servicios de vigilancia en instalaciones portuarias. Cuando nuestros vigilantes detectan a personas ocultas en camiones o contenedores, el procedimiento interno obliga a avisar de inmediato a la Guardia Civil y a los servicios sanitarios, sin retener a las personas más allá de lo imprescindible.",
                    "Nuestro personal recibe formación específica sobre atención a personas vulnerables y menores no acompañados. Los registros de incidentes se conservan y se ponen a disposición de las autoridades.",
                    "Apoyamos la elaboración de protocolos públicos comunes para todas las empresas de seguridad que operan en puertos.",
                ],
            ),
        ),
    )
    add(
        "priva-es-asv",
        ("Asociación de Empresas de Seguridad y Vigilancia", "asociacion@aesv.example.org.mx"),
        "Contribución de la AESV",
        T("""
            Estimados miembros del Grupo de Trabajo:

            La Asociación de Empresas de Seguridad y Vigilancia (AESV) agradece la
            oportunidad de contribuir y adjunta su documento de posición.

            Atentamente,
            Lic. Roberto Garza
            Presidente, AESV
            """),
        "es",
        (PS, "Asociación de Empresas de Seguridad y Vigilancia", None),
        acr="AESV",
        tz=-6,
        atts=(
            doc(
                "AESV_contribucion.docx",
                "es",
                [
                    "Asociación de Empresas de Seguridad y Vigilancia (AESV) - Contribución",
                    "Las empresas asociadas a la AESV prestan servicios de vigilancia en terminales de autobuses, centros comerciales, industrias y, en algunos casos, instalaciones públicas. Nuestro código de ética prohíbe a los guardias realizar funciones de autoridad, incluida la revisión de documentos migratorios.",
                    "Reconocemos que existen empresas no registradas que operan sin control. La AESV ha pedido a las autoridades que publiquen el padrón de empresas autorizadas y que sancionen a las que operan de forma irregular.",
                    "La AESV está dispuesta a colaborar en la elaboración de lineamientos sobre el trato a personas migrantes por parte del personal de seguridad privada.",
                ],
            ),
        ),
    )
    add(
        "indiv-es-herrera",
        ("Lucía Herrera", "lucia.herrera.abogada@gmail.com"),
        "Aporte individual - abogada en frontera norte de México",
        T("""
            Estimados miembros del Grupo de Trabajo:

            Soy abogada y acompaño a personas solicitantes de asilo en Ciudad Juárez. Les
            envío adjunto un breve documento con mis observaciones. Pueden publicarlo sin
            problema.

            Saludos cordiales,
            Lucía Herrera
            """),
        "es",
        (IND, "Lucía Herrera", None),
        conf="publish",
        tz=-7,
        atts=(
            doc(
                "Lucia_Herrera_aporte.pdf",
                "es",
                [
                    "Aporte de Lucía Herrera, abogada",
                    "Mis clientes han pasado por centros de detención migratoria administrados por empresas privadas al otro lado de la frontera. Al ser devueltos, llegan sin copia de su expediente, sin sus medicamentos y, a veces, sin sus documentos de identidad, que quedaron en poder de la empresa.",
                    "Solicitar esos documentos es muy difícil: la empresa responde que son registros internos y la autoridad responde que los tiene la empresa.",
                    "Creo que debería existir la obligación de entregar a cada persona, al salir de detención, sus documentos, pertenencias y una copia de su expediente médico.",
                ],
            ),
        ),
    )
    add(
        "indiv-es-rojas",
        ("Andrés Rojas", "andres.rojas.v@hotmail.com"),
        "Mi testimonio sobre un centro de detención",
        T("""
            Buenas tardes:

            Me llamo Andrés Rojas, soy venezolano y estuve detenido dos meses en un centro
            de detención migratoria que manejaba una empresa privada. No tengo un documento
            preparado, por eso les escribo aquí.

            Los guardias eran de la empresa y no del gobierno. Nos contaban tres veces al
            día, nos revisaban las pertenencias y decidían quién podía llamar por teléfono.
            Cuando pedí hablar con un abogado me dijeron que tenía que llenar un formulario,
            y nunca me respondieron. Las quejas se depositaban en un buzón, sin nombre,
            pero nadie sabía quién las leía.

            Creo que es importante que alguien de afuera vigile lo que pasa dentro de esos
            centros.

            Atentamente,
            Andrés Rojas
            """),
        "es",
        (IND, "Andrés Rojas", None),
        tz=-5,
    )
    add(
        "other-es-ayto",
        ("Ayuntamiento de Villamar de la Costa", "bienestarsocial@villamardelacosta.example.es"),
        "Contribución del Ayuntamiento de Villamar de la Costa",
        T("""
            Estimados señores:

            El Ayuntamiento de Villamar de la Costa, municipio donde se ubica un centro de
            atención temporal de extranjeros, remite su contribución a la convocatoria.

            Atentamente,
            Concejalía de Bienestar Social
            Ayuntamiento de Villamar de la Costa
            """),
        "es",
        (OTH, "Ayuntamiento de Villamar de la Costa", None),
        tz=1,
        atts=(
            doc(
                "Contribucion_Ayuntamiento_Villamar.pdf",
                "es",
                [
                    "Contribución del Ayuntamiento de Villamar de la Costa",
                    "En nuestro término municipal se encuentra un centro de atención temporal cuya vigilancia está adjudicada a una empresa de seguridad privada. El Ayuntamiento no tiene información sobre el contrato ni sobre las incidencias, que se consideran internas de la administración estatal.",
                    "Los servicios sociales municipales atienden a las personas cuando salen del centro, muchas veces sin recursos ni información sobre su situación.",
                    "Pedimos que los municipios sean informados y que se establezca una coordinación entre la administración del centro y los servicios sociales locales.",
                ],
            ),
        ),
    )
    add(
        "other-es-pastoral",
        ("Pastoral de Movilidad Humana", "movilidadhumana@arquidiocesis-sanmateo.example.org"),
        "Aporte de la Pastoral de Movilidad Humana",
        T("""
            Estimados hermanos y hermanas del Grupo de Trabajo:

            La Pastoral de Movilidad Humana de la Arquidiócesis de San Mateo comparte su
            aporte sobre lo que observan nuestras casas del migrante en la ruta.

            Fraternalmente,
            Hna. Teresa Aguilar
            Coordinadora, Pastoral de Movilidad Humana
            """),
        "es",
        (OTH, "Pastoral de Movilidad Humana de la Arquidiócesis de San Mateo", None),
        alt=("Pastoral de Movilidad Humana",),
        tz=-6,
        atts=(
            doc(
                "Aporte_Pastoral_Movilidad_Humana.docx",
                "es",
                [
                    "Aporte de la Pastoral de Movilidad Humana de la Arquidiócesis de San Mateo",
                    "Nuestras casas del migrante reciben a personas que han sido detenidas por guardias de seguridad de ferrocarriles, fincas y empresas, y entregadas a las autoridades. Muchas llegan golpeadas y sin sus pertenencias.",
                    "Llevamos un registro de estos casos, que no hacemos público para proteger a las personas, y lo compartimos con las instituciones de derechos humanos.",
                    "Pedimos que se investigue a las empresas cuyos guardias detienen a personas migrantes y que se respete el trabajo humanitario de las casas del migrante.",
                ],
            ),
        ),
    )
    add(
        "nots-es-boletin",
        ("Boletín Fronteras y Derechos", "boletin@fronterasyderechos.example.org"),
        "Boletín Fronteras y Derechos - edición de marzo de 2020",
        T("""
            BOLETÍN FRONTERAS Y DERECHOS - MARZO 2020

            En esta edición: un nuevo informe sobre empresas de seguridad privada en
            estaciones migratorias; la Corte resuelve un caso sobre devoluciones en
            frontera; publicamos la lista de convocatorias abiertas de Naciones Unidas,
            entre ellas la del Grupo de Trabajo sobre la utilización de mercenarios, con
            plazo hasta el 17 de marzo; y nuestra agenda de seminarios en línea.

            Recibe este boletín porque se suscribió en nuestra página web. Para darse de
            baja, responda con la palabra BAJA.
            """),
        "es",
        (None, None, None),
        kind="not_submission",
        headers=(
            ("List-Unsubscribe", "<mailto:baja@fronterasyderechos.example.org>"),
            ("Precedence", "bulk"),
        ),
        tz=-5,
        trap="newsletter",
    )
