# ruff: noqa: E501
"""The messages of one season of the Special Rapporteur on the right to privacy's mailbox.

The call (invented): inputs for a report to the Human Rights Council on "The protection of
health and social-protection data: privacy, consent and the digital welfare state",
deadline 17 March 2020. Each message was written by hand, greeting to signature, about a
third each in English, French and Spanish: digital rights groups, patients' associations,
disability organisations and welfare-rights clinics, university centres and legal clinics,
States (notes verbales, ministries of health, data-protection authorities), national human
rights institutions and intergovernmental bodies under their real names (their staff
invented), health-tech companies and insurers, unions of nurses and social workers,
individuals (a patient, a doctor, a whistle-blower) and joint submissions.

The topic's own words are the words submitters use about publication: consent to data
sharing, confidential medical records, anonymised datasets, breaches disclosed or not,
whistle-blowers who asked not to be named, open data portals. Each label says what the
sender asks about the submission itself, not what the document says about patients' data.
Most say nothing about publication; many consent in their own words; some refuse, in the
body, a cover note, a footer or a last page; some ask to be published without their name;
a few keep an annex back, set an embargo or wait for a board's approval. Seven messages
are not submissions; a few submissions arrive after the deadline, a few are replies in a
thread or forwarded by a colleague.
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
    UTC,
    Att,
    Spec,
    T,
    docx_file,
    pdf,
)
from _catalogue_ordinary2 import spec

SR = "srprivacy@ohchr.example"
SR_NAME = "SR Privacy (OHCHR)"

TITLE = {
    "en": "Input to the call of the Special Rapporteur on the right to privacy: the protection "
    "of health and social-protection data",
    "fr": "Contribution à l'appel du Rapporteur spécial sur le droit à la vie privée : la "
    "protection des données de santé et de protection sociale",
    "es": "Contribución a la convocatoria del Relator Especial sobre el derecho a la "
    "privacidad: la protección de los datos de salud y de protección social",
}

CALL_SUBJECT = (
    "Call for inputs: The protection of health and social-protection data: privacy, "
    "consent and the digital welfare state"
)

# The Message-ID of the secretariat's e-mail that issued the call.
CALL_ID = "<call-srprivacy-2020-01-27@ohchr.example>"

_SPECS: list[Spec] = []


def doc(
    filename: str,
    lang: str,
    paragraphs: list[str],
    *,
    title: str | None = None,
    header: str | None = None,
    footer: str | None = None,
    breaks: tuple[int, ...] = (),
) -> Att:
    """The document, PDF or DOCX by the file's extension; its first paragraph names the sender."""
    title = title or TITLE[lang]
    if filename.endswith(".pdf"):
        return pdf(
            filename, lang, paragraphs, title=title, header=header, footer=footer, breaks=breaks
        )
    return docx_file(filename, lang, paragraphs, title=title, header=header, footer=footer)


def add(
    slug: str,
    *args: Any,
    received: dt.datetime | None = None,
    inner: Spec | None = None,
    in_reply_to: str | None = None,
    cc: str | None = None,
    **kwargs: Any,
) -> None:
    """One message (see `_catalogue_ordinary2.spec`), addressed to the Rapporteur's mailbox,
    with what a thread or a late arrival adds."""
    one = spec("priv", slug, *args, **kwargs)
    one.to = SR
    one.received, one.inner, one.in_reply_to, one.cc = received, inner, in_reply_to, cc
    _SPECS.append(one)


def after(day: int, hour: int, minute: int) -> dt.datetime:
    """A receipt time in March 2020 (UTC); the call closed at 23:00 UTC on 17 March."""
    return dt.datetime(2020, 3, day, hour, minute, 12, tzinfo=UTC)


def catalogue_privacy() -> list[Spec]:
    _SPECS.clear()
    english()
    french()
    spanish()
    return list(_SPECS)


# ====================================================================== English


def english() -> None:
    english_civil()
    english_others()


def english_civil() -> None:
    add(
        "civil-en-dwl",
        ("Digital Welfare Lab", "info@digitalwelfarelab.example.org"),
        "Submission to the Special Rapporteur on privacy - welfare algorithms",
        T("""
            Dear Special Rapporteur,

            Please find attached the submission of the Digital Welfare Lab (DWL) on the
            risk-scoring systems used by benefit agencies. We would be glad to see it
            posted on the OHCHR website with the other inputs.

            Kind regards,

            Tamsin Reilly
            Research Director | Digital Welfare Lab
            """),
        "en",
        (CS, "Digital Welfare Lab", None),
        acr="DWL",
        conf="publish",
        tz=0,
        atts=(
            doc(
                "DWL_submission_welfare_algorithms.pdf",
                "en",
                [
                    "Digital Welfare Lab (DWL) - Submission on automated risk scoring in social protection",
                    "At least nine benefit agencies in the countries we studied now score claimants for the 'risk' of fraud or error before a human officer looks at their file. The models draw on tax, housing, health and school records. None of the agencies has published the variables used, and two refused freedom of information requests on the ground that disclosure would allow claimants to 'game' the system.",
                    "Claimants flagged by the models had their payments suspended for an average of seven weeks. Most were never told that an algorithm was involved, and the letters they received referred only to a 'routine review'. Lone parents, disabled claimants and people with a migrant background were overrepresented among those flagged.",
                    "DWL recommends that States publish a register of every algorithm used in social protection, with its purpose, data sources and the results of independent audits, and that no claimant's benefit be suspended on the basis of a score alone.",
                ],
            ),
        ),
    )
    add(
        "civil-en-pvn",
        ("Grace Mwangi", "grace.mwangi@patientvoice.example.org"),
        "Patient Voice Network - input on consent and shared care records",
        T("""
            Dear colleagues,

            On behalf of Patient Voice Network I attach our input for the forthcoming report
            on health and social-protection data. It draws on the experience of the 41
            patient groups in our network.

            With best wishes,
            Grace Mwangi
            Policy Officer, Patient Voice Network
            """),
        "en",
        (CS, "Patient Voice Network", None),
        tz=0,
        trap="the document speaks of patients' consent and confidential records throughout",
        atts=(
            doc(
                "PVN_input_shared_care_records.docx",
                "en",
                [
                    "Patient Voice Network - Input on consent and shared care records",
                    "Patients in our network overwhelmingly support the sharing of their records between the professionals who treat them. What they object to is sharing they were never told about. When the national shared care record was introduced, patients were enrolled automatically; the leaflet explaining how to opt out reached fewer than half of households.",
                    "Several members described discovering that their mental health notes were visible to reception staff at their general practice and to the pharmacy. Records marked 'confidential' by a psychiatrist were nonetheless uploaded in full. One member learned of a past termination of pregnancy when a locum doctor read it aloud from the screen.",
                    "Consent must be specific and revocable. We ask that patients be able to see who has opened their record, to mark sensitive entries as visible only to the clinician who wrote them, and to withdraw from secondary uses without losing access to care.",
                    "The records of a patient must never be published, sold or passed to insurers or employers, whatever the claimed level of anonymisation.",
                ],
            ),
        ),
    )
    add(
        "civil-en-dpdjc",
        ("DPDJC", "coordinator@dpdatajustice.example.org"),
        "Disabled People's Data Justice Coalition - confidential input",
        T("""
            Dear Special Rapporteur,

            The Disabled People's Data Justice Coalition attaches its input on the
            assessments used to decide disability benefits. Please treat this input as
            confidential: it is for your report only and should not be posted online or
            shared outside your office. Several of our member organisations receive public
            funding from the department we describe.

            Yours faithfully,
            Owen Pritchard
            Coordinator, DPDJC
            """),
        "en",
        (CS, "Disabled People's Data Justice Coalition", None),
        acr="DPDJC",
        conf="confidential",
        tz=0,
        atts=(
            doc(
                "DPDJC_input_disability_assessments.pdf",
                "en",
                [
                    "Disabled People's Data Justice Coalition - Input on disability assessments and data",
                    "Disability benefit assessments are carried out by private contractors who record detailed information about claimants' health, medication, daily routines and family life. Claimants are not given a copy of the assessor's notes unless they ask for it, and many discover inaccurate statements only at an appeal.",
                    "The department shares assessment data with its fraud investigation unit and, under a data-sharing agreement that has never been published, with local authorities. Claimants are not told of this sharing.",
                    "We recommend that claimants receive their full assessment record automatically, that data-sharing agreements be published, and that health data gathered for an assessment be used for no other purpose.",
                ],
            ),
        ),
    )
    add(
        "civil-en-nwrc",
        ("Northside Welfare Rights Clinic", "advice@northsidewrc.example.org.uk"),
        "Input to the call on health and social-protection data",
        T("""
            Dear Sir or Madam,

            Please find attached our contribution, built on the cases our advisers handled
            last year. You may publish it, but please do so without naming the clinic: we
            are the only welfare advice service in a small town, and the people whose
            stories we tell could be recognised if our name appeared next to them.

            Many thanks,
            Northside Welfare Rights Clinic
            """),
        "en",
        (CS, "Northside Welfare Rights Clinic", None),
        conf="publish",
        flags=("anonymous",),
        tz=0,
        atts=(
            doc(
                "contribution_casework_2019.docx",
                "en",
                [
                    "Casework evidence on data sharing in the benefits system",
                    "In 2019 our advisers handled 1,140 cases. In 212 of them a benefit was stopped or reduced after data from another agency - most often the tax authority or the local hospital trust - was matched against the claim. In most of these cases the match was wrong: a wage paid to a former partner, a hospital stay recorded under an old address.",
                    "Claimants were not told which data had been used or where it came from. When our advisers asked, the agency replied that the matching rules were confidential. Reversing the decision took an average of eleven weeks, during which families relied on food banks.",
                    "We ask that every person affected by a data match be told what data was used and be able to correct it before any payment is stopped.",
                ],
                title="Contribution to the Special Rapporteur on the right to privacy",
            ),
        ),
    )
    add(
        "civil-en-ppp",
        ("Positive Privacy Project", "team@positiveprivacy.example.org"),
        "Positive Privacy Project: HIV status and health data",
        T("""
            Hello,

            Attached is the submission of the Positive Privacy Project for the Special
            Rapporteur's report. Do get in touch if any of it needs clarifying.

            All the best,
            Kwame Asante (he/him)
            Programme Lead
            Positive Privacy Project
            """),
        "en",
        (CS, "Positive Privacy Project", None),
        tz=0,
        trap="'must not be published' and 'kept confidential' speak of patients' HIV status, not of the submission",
        atts=(
            doc(
                "Positive_Privacy_Project_submission.pdf",
                "en",
                [
                    "Positive Privacy Project - Submission on the confidentiality of HIV status in health and welfare systems",
                    "People living with HIV depend on the promise that their status will be kept confidential. That promise is broken more often than health systems admit. In the cases reported to us last year, HIV status was disclosed through prescription records visible to pharmacy staff, through benefit forms that required a diagnosis to be written in full, and through a hospital data breach that was never disclosed to the patients affected.",
                    "HIV status must not be published or shared with employers, landlords or immigration authorities under any circumstances. Yet two welfare agencies we contacted require applicants for disability support to consent to the release of their entire medical file, with no option to limit it to the relevant condition.",
                    "We recommend that consent forms in social protection be granular, that HIV status be treated as a special category of data in every system, and that patients be notified within 72 hours of any breach involving their records.",
                ],
            ),
        ),
    )
    add(
        "civil-en-mhra",
        ("Mental Health Records Alliance", "contact@mhrecords.example.org"),
        "MHRA input - psychiatric records and benefit claims",
        T("""
            Dear Special Rapporteur's team,

            Our input for the report is attached. It draws on a survey of our members
            carried out over the winter.

            Best regards,
            Priya Raman
            Chair, Mental Health Records Alliance (MHRA)
            """),
        "en",
        (CS, "Mental Health Records Alliance", None),
        acr="MHRA",
        tz=0,
        atts=(
            doc(
                "MHRA_input_psychiatric_records.pdf",
                "en",
                [
                    "Mental Health Records Alliance - Input on psychiatric records and benefit claims",
                    "Applicants for sickness and disability benefits are routinely asked to authorise the release of their psychiatric records. Few understand that the authorisation covers therapy notes written years earlier, including notes about trauma, sexuality and family conflict.",
                    "Psychiatric records are held by different providers with very different security. A community mental health service in our region lost an unencrypted laptop holding the records of 3,000 patients; the loss was reported to the regulator but patients learned of it from a newspaper.",
                    "We call for therapy notes to be excluded from any benefit assessment, and for breaches of mental health records to be notified to patients directly and without delay.",
                ],
            ),
        ),
    )
    add(
        "civil-en-orw",
        ("Open Registers Watch", "hello@openregisterswatch.example.net"),
        "Submission: public registers, open data portals and health data",
        T("""
            Dear team,

            Open Registers Watch sends the attached paper on public registers and open
            data portals. As the footer says, it is a public document and may be
            published.

            Thanks,
            Lukas Becker
            Open Registers Watch
            """),
        "en",
        (CS, "Open Registers Watch", None),
        conf="publish",
        tz=1,
        atts=(
            doc(
                "ORW_open_data_health.pdf",
                "en",
                [
                    "Open Registers Watch - Public registers, open data portals and the re-identification of patients",
                    "Governments publish more and more health and welfare data on open data portals: hospital admissions by postcode, prescriptions by practice, benefit recipients by neighbourhood. Each dataset is described as anonymised. Combined, they are not.",
                    "Using only published datasets, our volunteers were able to identify individual patients in small areas in three of the five portals we examined, including people treated for rare diseases. Public registers of care homes and of licensed carers add names and addresses to the picture.",
                    "Open data should never include health or welfare data below a level at which individuals can be singled out, and portals should test every release for re-identification before publication.",
                ],
                footer="Open Registers Watch - public document, may be published and shared",
            ),
        ),
    )
    add(
        "civil-en-cfw",
        ("Centre for Fair Welfare", "policy@fairwelfare.example.org"),
        "Centre for Fair Welfare submission + Annex (case studies, confidential)",
        T("""
            Dear Special Rapporteur,

            The Centre for Fair Welfare submits the attached paper and an annex of case
            studies. The paper may be published. The annex contains details of individual
            claimants who agreed to share them with you only; please keep it confidential
            and do not publish it.

            Sincerely,
            Dr Miriam Coles
            Director, Centre for Fair Welfare
            """),
        "en",
        (CS, "Centre for Fair Welfare", None),
        conf="confidential",
        flags=("partial_confidential",),
        tz=0,
        trap="only the annex of case studies withheld: confidential + partial_confidential",
        atts=(
            doc(
                "CFW_submission_digital_welfare.pdf",
                "en",
                [
                    "Centre for Fair Welfare - Submission on the digital welfare state",
                    "The move to 'digital by default' welfare has made the claimant's online account the centre of every relationship with the State. Claimants must upload medical evidence, sick notes and details of their children's health through the account. The account keeps a journal of every exchange, which officers may read in full.",
                    "Claimants without reliable internet access, with low literacy or with cognitive impairments depend on others - relatives, support workers, library staff - to manage their accounts, and in doing so must give those others access to their most sensitive data.",
                    "We recommend a right to a non-digital route for every benefit, and limits on what medical evidence officers may request and retain.",
                ],
            ),
            docx_file(
                "CFW_annex_case_studies.docx",
                "en",
                [
                    "Annex: case studies",
                    "Case 1. A woman in her fifties with multiple sclerosis had her payment stopped when the system failed to register an uploaded sick note. She was told that the note had never been received.",
                    "Case 2. A father of three learned that his son's autism diagnosis had been shared with the school's attendance officer through the family's benefit account.",
                ],
                title="Centre for Fair Welfare - Annex",
            ),
        ),
    )
    add(
        "civil-en-bbw",
        ("Biometric Benefits Watch", "research@biobenefitswatch.example.org"),
        "Input - biometric identification in social protection",
        T("""
            Dear Special Rapporteur,

            Please find our input to the call attached.

            Regards,
            Anjali Deshpande
            Senior Researcher
            Biometric Benefits Watch
            New Delhi | London

            --
            CONFIDENTIALITY NOTICE: This e-mail and its attachments are confidential and
            may be privileged. If you are not the intended recipient, please notify the
            sender immediately and delete it. Any unauthorised use, disclosure or copying
            is prohibited.
            """),
        "en",
        (CS, "Biometric Benefits Watch", None),
        flags=("disclaimer",),
        tz=5,
        trap="a mail footer's confidentiality notice is no request about the submission",
        atts=(
            doc(
                "BBW_input_biometrics_social_protection.pdf",
                "en",
                [
                    "Biometric Benefits Watch - Input on biometric identification in social protection",
                    "In several countries, food rations, pensions and cash transfers can only be received after a fingerprint or iris scan. Older people and manual workers, whose fingerprints are worn, are regularly refused. Our survey of 600 ration-card holders found that one in eight had been turned away at least once in the previous year.",
                    "Biometric databases linked to welfare programmes have suffered several breaches. In one case, the identity numbers and bank details of millions of pensioners were exposed on a government website for months before the leak was acknowledged.",
                    "We recommend that biometric authentication never be a condition of receiving food or income support, and that States disclose every breach of welfare databases to the people affected.",
                ],
            ),
        ),
    )
    add(
        "civil-en-gsc",
        ("Genomic Safeguards Collective", "office@genomicsafeguards.example.org"),
        "Genomic Safeguards Collective - submission",
        T("""
            Dear Secretariat,

            Attached please find the submission of the Genomic Safeguards Collective for
            the Special Rapporteur's forthcoming report.

            Yours sincerely,
            Henrik Dahl
            Executive Secretary
            Genomic Safeguards Collective
            """),
        "en",
        (CS, "Genomic Safeguards Collective", None),
        conf="confidential",
        tz=1,
        trap="refusal on the document's last page only",
        atts=(
            doc(
                "GSC_submission_genomic_data.pdf",
                "en",
                [
                    "Genomic Safeguards Collective - Submission on national genomic databases",
                    "Several national health services are building genomic databases from samples taken in routine care, often newborn screening. Parents are rarely asked for consent to long-term storage, and the samples are later made available to researchers and, in some cases, to commercial partners.",
                    "Genomic data cannot truly be anonymised: it identifies not only the person but their relatives. Researchers have repeatedly re-identified donors in 'de-identified' genomic datasets using public genealogy websites.",
                    "We recommend explicit, informed consent for any storage of genomic data beyond the clinical purpose for which it was collected, and a ban on access by law enforcement without a judicial warrant.",
                    "This submission is provided to the Special Rapporteur in confidence. It is not for publication on the OHCHR website or elsewhere, and we ask that it not be quoted with attribution.",
                ],
                breaks=(4,),
            ),
        ),
    )
    add(
        "civil-en-shpn",
        ("Survivors' Health Privacy Network", "shpn.contact@protonmail.com"),
        "Submission (please publish without our name)",
        T("""
            Dear Special Rapporteur,

            We are a small network of survivors of domestic abuse and the workers who
            support them. Our submission is attached. It can be published, but please leave
            out our name and our e-mail address: some abusers follow everything we do
            online, and even the name of our network could lead them to a refuge.

            With thanks,
            Survivors' Health Privacy Network
            """),
        "en",
        (CS, "Survivors' Health Privacy Network", None),
        conf="publish",
        flags=("anonymous",),
        tz=0,
        atts=(
            doc(
                "submission_survivors_health_records.docx",
                "en",
                [
                    "Submission: survivors of domestic abuse and the sharing of health records",
                    "Survivors who flee an abusive partner often find that their new address appears in health records that the partner can still reach: a shared family account at the general practice, a child's vaccination record, a prescription collected by proxy. Receptionists have confirmed appointments to callers claiming to be a husband.",
                    "Welfare systems add to the danger. A claim for housing support may be shared with the other parent for child maintenance purposes. Survivors are not always told that their address will be disclosed.",
                    "We ask for a simple, nationwide 'address protection' marker that hides a survivor's location across health and welfare records, applied on the survivor's word alone.",
                ],
                title="Survivors' health data - submission to the Special Rapporteur on the right to privacy",
            ),
        ),
    )
    inner = Spec(
        slug="priv-fwd-en-hdrk-inner",
        frm=("Health Data Rights Kenya", "info@healthdatarights.example.or.ke"),
        subject="Submission to the UN Special Rapporteur on privacy",
        to="nairobi.office@ohchr.example",
        body=T("""
            Dear Ms Otieno,

            Thank you for meeting our team last week. As discussed, we attach our
            submission for the Special Rapporteur's report on health and social-protection
            data. We are glad for it to be published.

            Regards,
            Daniel Kiprono
            Executive Director, Health Data Rights Kenya
            """),
        lang="en",
        tz=3,
        atts=[
            doc(
                "HDRK_submission_SR_privacy.pdf",
                "en",
                [
                    "Health Data Rights Kenya - Submission to the Special Rapporteur on the right to privacy",
                    "Kenya's health information systems are expanding quickly, from electronic records in county hospitals to mobile payments for the national health insurance fund. Community health volunteers now collect household data on tablets, including pregnancies, HIV status and disabilities.",
                    "Until the Data Protection Act of 2019 there was no general law governing this data, and the regulations that will implement the Act are not yet in force. Patients we interviewed did not know who could see the data collected by volunteers.",
                    "We recommend that the Office of the Data Protection Commissioner prioritise the health sector and that county governments publish what data they collect and why.",
                ],
            ),
        ],
    )
    add(
        "fwd-en-hdrk",
        ("Achieng Otieno", "a.otieno@ohchr.example"),
        "Fwd: Submission to the UN Special Rapporteur on privacy",
        T("""
            Dear colleagues,

            Forwarding the submission below, which Health Data Rights Kenya sent to me after
            our meeting in Nairobi, so that it is registered for the call.

            Best,
            Achieng

            Achieng Otieno
            Human Rights Officer, OHCHR Regional Office for East Africa
            """),
        "en",
        (CS, "Health Data Rights Kenya", None),
        conf="publish",
        flags=("forwarded",),
        tz=3,
        inner=inner,
        trap="forwarded by a colleague as an attached message: the inner sender submits",
    )
    add(
        "civil-en-chif",
        ("Citizens' Health Information Forum", "secretary@chif.example.org.uk"),
        f"RE: {CALL_SUBJECT}",
        T("""
            Dear Special Rapporteur,

            In response to your call, the Citizens' Health Information Forum attaches a
            short paper on the use of hospital data for research by commercial partners.

            Regards,
            Rosalind Hart
            Honorary Secretary

            On Mon, 27 Jan 2020 at 09:14, SR Privacy (OHCHR) <srprivacy@ohchr.example> wrote:
            > Dear colleagues,
            > The Special Rapporteur on the right to privacy invites States, civil society
            > and other stakeholders to send inputs for his report to the Human Rights
            > Council, by 17 March 2020.
            """),
        "en",
        (CS, "Citizens' Health Information Forum", None),
        tz=0,
        in_reply_to=CALL_ID,
        atts=(
            doc(
                "CHIF_paper_hospital_data_partnerships.pdf",
                "en",
                [
                    "Citizens' Health Information Forum - Hospital data and commercial partners",
                    "Hospitals have entered into partnerships with technology companies that give the companies access to years of patient records in order to develop diagnostic software. In one well-known case, 1.6 million records were transferred without patients being informed; the regulator later found that the transfer was unlawful.",
                    "Patients were told afterwards that their data had been 'pseudonymised'. In practice, pseudonymised records with dates of birth, postcodes and admission dates remain personal data and can be linked back to individuals.",
                    "The Forum asks that any such partnership be approved by an independent body, be published in full, and respect a patient's objection.",
                ],
            ),
        ),
    )
    add(
        "civil-en-cda",
        ("Carers' Data Alliance", "carersdata@btinternet.com"),
        "Late submission - Carers' Data Alliance",
        T("""
            Dear Special Rapporteur,

            I am sorry this arrives after the closing date - we are all volunteers and
            carers ourselves, and last week was a hard one. We hope you can still take our
            submission into account.

            With thanks,
            Joan Whitfield
            Co-founder, Carers' Data Alliance
            """),
        "en",
        (CS, "Carers' Data Alliance", None),
        tz=0,
        received=after(18, 16, 40),
        atts=(
            doc(
                "Carers_Data_Alliance_submission.docx",
                "en",
                [
                    "Carers' Data Alliance - Submission",
                    "Unpaid carers handle the health and welfare data of the people they care for every day: they fill in benefit forms, speak to doctors and manage medication. Yet the law rarely recognises them. Carers are told that a surgery cannot discuss a patient with them because of confidentiality, while the same patient's data is shared freely between agencies.",
                    "We ask for a simple, recorded way for a person to authorise a carer to act for them with health and welfare services, which the person can withdraw at any time.",
                ],
            ),
        ),
    )
    add(
        "joint-en-cdsp",
        ("Coalition on Digital Social Protection", "coalition@digitalsocialprotection.example.org"),
        "Joint submission - Coalition on Digital Social Protection and partners",
        T("""
            Dear Special Rapporteur,

            We are pleased to send the attached joint submission, prepared by the Coalition
            on Digital Social Protection together with the Welfare Technology Observatory,
            Citizens for Fair Benefits, Data and Dignity Africa, the Asia Social Protection
            Network and Fair Algorithms Now. All six organisations agree that it may be
            published on the OHCHR website.

            Best regards,
            Sofia Lindgren
            Coordinator, Coalition on Digital Social Protection
            """),
        "en",
        (CS, "Coalition on Digital Social Protection and 5 others", None),
        alt=(
            "Coalition on Digital Social Protection, Welfare Technology Observatory, Citizens for Fair Benefits, Data and Dignity Africa, Asia Social Protection Network and Fair Algorithms Now",
        ),
        conf="publish",
        tz=1,
        atts=(
            doc(
                "Joint_submission_digital_social_protection.pdf",
                "en",
                [
                    "Joint submission of the Coalition on Digital Social Protection, the Welfare Technology Observatory, Citizens for Fair Benefits, Data and Dignity Africa, the Asia Social Protection Network and Fair Algorithms Now",
                    "Development banks and donors are financing 'social registries' in dozens of low- and middle-income countries: single databases that hold the income, assets, health and disability status of every household that may be eligible for support. Registries are often built by private contractors and hosted on their servers.",
                    "Households are rarely told how long their data will be kept, who may access it or whether it will be used for other purposes, such as tax collection or policing. In several countries, registry data was shared with election campaigns.",
                    "We urge States and donors to carry out and publish human rights impact assessments before building a social registry, and to give households a real choice about what they share.",
                ],
            ),
        ),
    )


def english_others() -> None:
    add(
        "acade-en-plc",
        ("Privacy Law Clinic", "privacyclinic@law.eastmoor.example.edu"),
        "Privacy Law Clinic, University of Eastmoor - submission",
        T("""
            Dear Special Rapporteur,

            The Privacy Law Clinic at the University of Eastmoor School of Law respectfully
            submits the attached memorandum. The Clinic consents to its publication on the
            OHCHR webpage for this call.

            Respectfully,
            Prof. Adaeze Nwosu
            Director, Privacy Law Clinic
            University of Eastmoor School of Law
            """),
        "en",
        (AC, "Privacy Law Clinic, University of Eastmoor", None),
        alt=(
            "Privacy Law Clinic, University of Eastmoor School of Law",
            "Privacy Law Clinic at the University of Eastmoor School of Law",
        ),
        conf="publish",
        tz=-5,
        atts=(
            doc(
                "Eastmoor_PLC_memorandum.pdf",
                "en",
                [
                    "Privacy Law Clinic, University of Eastmoor School of Law - Memorandum on health data in public benefit programmes",
                    "Public health insurance programmes require applicants to disclose diagnoses, prescriptions and, for long-term care, detailed accounts of daily living. State agencies then share this information with contractors who manage eligibility, call centres and 'program integrity' audits.",
                    "Federal health privacy rules apply to the health plans but not always to the contractors that process eligibility data, leaving a gap in which the same data is protected in one set of hands and unprotected in another.",
                    "The Clinic recommends that privacy obligations follow the data to every contractor, and that beneficiaries be told of every disclosure made for purposes other than their care.",
                ],
            ),
        ),
    )
    add(
        "acade-en-chir",
        ("Centre for Health Informatics and Rights", "chir@kingsbridge.example.ac.uk"),
        "Submission: anonymisation and re-identification of health datasets",
        T("""
            Dear Secretariat,

            Please find attached a short research submission from the Centre for Health
            Informatics and Rights at Kingsbridge University.

            Best wishes,
            Dr Farid Haddad
            Senior Research Fellow
            Centre for Health Informatics and Rights
            Kingsbridge University
            """),
        "en",
        (AC, "Centre for Health Informatics and Rights, Kingsbridge University", None),
        alt=("Centre for Health Informatics and Rights at Kingsbridge University",),
        tz=0,
        trap="'anonymised', 'de-identified' and 'not published' describe datasets, not the submission",
        atts=(
            doc(
                "CHIR_anonymisation_submission.pdf",
                "en",
                [
                    "Centre for Health Informatics and Rights, Kingsbridge University - Anonymisation and re-identification in health data",
                    "Health data is shared for research on the promise that it has been anonymised. Our review of 48 datasets released by health agencies between 2015 and 2019 found that 31 kept enough quasi-identifiers - age, sex, partial postcode, dates of admission - to single out a large share of individuals.",
                    "Agencies often describe pseudonymised data as anonymous. The difference matters: a pseudonymised dataset can be re-linked by anyone holding the key, and the key is often held by the same contractor who receives the data.",
                    "Some agencies publish the methods used to anonymise data; most do not, arguing that disclosure would help attackers. We think the opposite is true: methods that cannot withstand publication should not be trusted with patients' data.",
                    "We recommend that the term 'anonymised' be reserved for data that has been tested against re-identification, and that the test be published.",
                ],
            ),
        ),
    )
    add(
        "acade-en-dwsrg",
        ("Helen Okafor", "h.okafor@lowfield.example.ac.uk"),
        "Input from the Data, Welfare and Society Research Group (publication to be confirmed)",
        T("""
            Dear Special Rapporteur,

            I attach the input of the Data, Welfare and Society Research Group at the
            University of Lowfield. Part of it draws on interviews approved by our
            university's ethics committee, and we have asked the committee whether the
            approval allows publication of the findings in this form. Until we hear back,
            we cannot say whether the input may go on the website; I will write again as
            soon as I know.

            Best regards,
            Dr Helen Okafor
            Senior Lecturer in Social Policy
            University of Lowfield
            """),
        "en",
        (AC, "Data, Welfare and Society Research Group, University of Lowfield", None),
        alt=("Data, Welfare and Society Research Group at the University of Lowfield",),
        conf="unclear",
        tz=0,
        trap="publication pending an ethics committee's answer",
        atts=(
            doc(
                "DWSRG_input_SR_privacy.docx",
                "en",
                [
                    "Data, Welfare and Society Research Group, University of Lowfield - Input",
                    "Our research followed 38 households claiming means-tested benefits over two years. Participants described a constant sense of being watched: every bank transaction, every change in the household and every hospital stay could trigger a review.",
                    "Many had given 'consent' to data sharing by ticking a box on an online form without being able to continue otherwise. None could say which agencies held their data.",
                    "We recommend that consent not be used as the legal basis for data sharing in welfare, where people cannot refuse without losing support.",
                ],
            ),
        ),
    )
    add(
        "state-en-est",
        ("Permanent Mission of Estonia Geneva", "mission.geneva@mfa.example.ee"),
        "Note verbale - Estonia - input to the call on health and social-protection data",
        T("""
            Dear colleagues,

            Please find attached a note verbale from the Permanent Mission of the Republic
            of Estonia, with the input of Estonia to the call for inputs of the Special
            Rapporteur on the right to privacy.

            Kind regards,
            Permanent Mission of Estonia to the UN Office and other international
            organisations in Geneva
            """),
        "en",
        (MS, "Estonia", "EST"),
        alt=("Republic of Estonia",),
        tz=1,
        atts=(
            doc(
                "EST_NV_SR_privacy_health_data.pdf",
                "en",
                [
                    "The Permanent Mission of the Republic of Estonia to the United Nations Office and other international organisations in Geneva presents its compliments to the Office of the United Nations High Commissioner for Human Rights and, with reference to the call for inputs of the Special Rapporteur on the right to privacy, has the honour to transmit the following information.",
                    "Estonia's electronic health record has held the health data of all residents since 2008. Each person can see, through the patient portal, every access to his or her data and by whom it was made. A person may close access to his or her data for all doctors or for a particular doctor.",
                    "Unauthorised access to health data by medical staff is checked by the Health and Welfare Information Systems Centre and can lead to disciplinary proceedings and fines. Cases are reported to the Data Protection Inspectorate.",
                    "The Permanent Mission of the Republic of Estonia avails itself of this opportunity to renew to the Office of the High Commissioner the assurances of its highest consideration.",
                ],
                title="Note verbale",
            ),
        ),
    )
    add(
        "state-en-sgp",
        ("Singapore Mission Geneva", "singpmgva@mfa.example.sg"),
        "Reply of Singapore to the call for inputs of the SR on privacy",
        T("""
            Dear Sir/Madam,

            The Permanent Mission of the Republic of Singapore encloses a note verbale and
            the reply of Singapore to the call for inputs.

            The information provided is for the Special Rapporteur's reference only, and we
            request that the reply not be published on the OHCHR website.

            Thank you.
            Permanent Mission of the Republic of Singapore, Geneva
            """),
        "en",
        (MS, "Singapore", "SGP"),
        alt=("Republic of Singapore",),
        conf="confidential",
        tz=1,
        atts=(
            doc(
                "SGP_reply_SR_privacy.pdf",
                "en",
                [
                    "Reply of the Republic of Singapore to the call for inputs of the Special Rapporteur on the right to privacy",
                    "Singapore's national electronic health record allows healthcare providers to access a summary of a patient's records across public and private institutions. Patients may choose to restrict access to their records.",
                    "Following the cyberattack on a public healthcare cluster in 2018, in which the personal particulars of 1.5 million patients were taken, the Government established a Committee of Inquiry, whose recommendations have been accepted and are being implemented, including the separation of internet access on healthcare staff computers.",
                    "Healthcare institutions are required to notify the Ministry of Health of data breaches, and the Personal Data Protection Act applies to private healthcare providers.",
                ],
            ),
        ),
    )
    add(
        "state-en-gha",
        ("Ministry of Health Ghana", "info.moh@health.example.gov.gh"),
        "Ghana - Ministry of Health contribution to the SR privacy report",
        T("""
            Dear Special Rapporteur,

            The Ministry of Health of the Republic of Ghana is pleased to submit the
            attached contribution and has no objection to it being made public on the
            OHCHR website.

            Yours faithfully,
            Dr Kwabena Osei-Bonsu
            Director, Policy, Planning, Monitoring and Evaluation
            For: Chief Director, Ministry of Health, Accra
            """),
        "en",
        (MS, "Ghana", "GHA"),
        alt=("Republic of Ghana",),
        conf="publish",
        tz=0,
        atts=(
            doc(
                "Ghana_MOH_contribution.pdf",
                "en",
                [
                    "Ministry of Health, Republic of Ghana - Contribution on the protection of health data",
                    "Ghana is rolling out a Lightwave e-health system in its public hospitals and linking the National Health Insurance Scheme to the national identification card. Health data is protected under the Data Protection Act, 2012, and supervised by the Data Protection Commission.",
                    "The Ministry is preparing guidelines on the sharing of health data for research and on the use of mobile applications by community health workers, with attention to consent and confidentiality of patient records.",
                    "The Ministry welcomes the Special Rapporteur's guidance on the safeguards needed as health insurance and identification systems are linked.",
                ],
            ),
        ),
    )
    add(
        "other-en-ico",
        ("ICO International", "international@ico.example.org.uk"),
        "Information Commissioner's Office - response to the call for inputs",
        T("""
            Dear Special Rapporteur,

            The Information Commissioner's Office (ICO), the UK's independent authority for
            data protection, welcomes the opportunity to respond. Our response is attached;
            it may be published.

            Yours sincerely,
            Catherine Dunmore
            Group Manager, International Regulatory Cooperation
            Information Commissioner's Office
            """),
        "en",
        (OTH, "Information Commissioner's Office", None),
        acr="ICO",
        conf="publish",
        tz=0,
        trap="an independent data-protection authority writing in its own name: other",
        atts=(
            doc(
                "ICO_response_SR_privacy_call.pdf",
                "en",
                [
                    "Information Commissioner's Office - Response to the Special Rapporteur's call for inputs",
                    "Health and social care organisations report more personal data breaches to the ICO than any other sector. Most are caused by human error: letters sent to the wrong address, e-mails copied to the wrong recipients, records left in public places.",
                    "Organisations must tell affected people about a breach when it is likely to result in a high risk to their rights and freedoms. In our experience, health bodies are often slow to do so, and some wrongly conclude that a breach need not be disclosed because the data was 'only' an appointment list.",
                    "We encourage the Special Rapporteur to stress transparency to patients and claimants as the foundation of trust in data sharing.",
                ],
            ),
        ),
    )
    add(
        "nhri-en-ihrec",
        ("IHREC Legal", "legal@ihrec.example.ie"),
        "Irish Human Rights and Equality Commission - submission",
        T("""
            Dear Special Rapporteur,

            The Irish Human Rights and Equality Commission is pleased to make the attached
            submission. The Commission is happy for the submission to be published.

            Le meas,
            Siobhán Daly
            Legal Officer, Irish Human Rights and Equality Commission (IHREC)
            16-22 Green Street, Dublin 7
            """),
        "en",
        (NHRI, "Irish Human Rights and Equality Commission", "IRL"),
        acr="IHREC",
        conf="publish",
        tz=0,
        atts=(
            doc(
                "IHREC_submission_SR_privacy.pdf",
                "en",
                [
                    "Irish Human Rights and Equality Commission - Submission to the Special Rapporteur on the right to privacy",
                    "The Public Services Card, required to access welfare payments and a growing number of other services, was the subject of an investigation by the Data Protection Commission, which found in 2019 that there was no legal basis for requiring it for services other than welfare.",
                    "The Commission is concerned that people who rely on social protection have less choice than others about the personal data they give the State, and that Travellers, Roma and migrants face particular barriers in obtaining the card.",
                    "The Commission recommends a clear statutory basis for any identity system linked to social protection, and an equality impact assessment before it is extended.",
                ],
            ),
        ),
    )
    add(
        "nhri-en-shrc",
        ("Scottish Human Rights Commission", "hello@shrc.example.org.uk"),
        "SHRC input - health and social security data in Scotland",
        T("""
            Dear colleagues,

            Please find attached the input of the Scottish Human Rights Commission to the
            Special Rapporteur's call.

            Kind regards,
            Callum Fraser
            Policy Officer
            Scottish Human Rights Commission
            Bridgeside House, 99 McDonald Road, Edinburgh
            """),
        "en",
        (NHRI, "Scottish Human Rights Commission", "GBR"),
        acr="SHRC",
        tz=0,
        atts=(
            doc(
                "SHRC_input_SR_privacy.docx",
                "en",
                [
                    "Scottish Human Rights Commission (SHRC) - Input to the Special Rapporteur on the right to privacy",
                    "Scotland's new social security agency was established with a charter that commits it to dignity and respect. The Commission has welcomed the agency's decision not to use automated fraud scoring and to keep medical assessments to a minimum.",
                    "The Commission remains concerned about data sharing between the agency and the Department for Work and Pensions, which continues to administer most benefits, and about the information given to people whose records are shared.",
                    "The Commission recommends that the data-sharing arrangements between the two agencies be published in full.",
                ],
            ),
        ),
    )
    add(
        "nhri-en-sahrc",
        ("SAHRC Research", "research@sahrc.example.org.za"),
        "South African Human Rights Commission - input on health and social grant data",
        T("""
            Dear Special Rapporteur,

            The South African Human Rights Commission submits the attached input to your
            call.

            Regards,
            Thandiwe Mokoena
            Senior Researcher, South African Human Rights Commission
            Braampark Forum 3, Johannesburg

            ____________________________________
            Disclaimer: The information in this e-mail is confidential and intended solely
            for the addressee. Access by anyone else is unauthorised. If you are not the
            intended recipient, any disclosure, copying or distribution is prohibited.
            """),
        "en",
        (NHRI, "South African Human Rights Commission", "ZAF"),
        flags=("disclaimer",),
        tz=2,
        atts=(
            doc(
                "SAHRC_input_SR_privacy.pdf",
                "en",
                [
                    "South African Human Rights Commission - Input on the protection of health and social grant data",
                    "More than 17 million South Africans receive social grants. The payment of grants through a private contractor, whose subsidiaries then marketed loans and airtime to beneficiaries using their data, led to litigation in the Constitutional Court, which ordered that beneficiaries' personal data be protected and used only for paying grants.",
                    "The Protection of Personal Information Act is not yet fully in force. The Commission has received complaints from grant beneficiaries about unauthorised deductions and about the disclosure of their HIV status in clinic queues.",
                    "The Commission recommends the full commencement of the Act and specific regulations for health and social security data.",
                ],
            ),
        ),
    )
    add(
        "io-en-who",
        ("WHO Digital Health", "digitalhealth@who.example.int"),
        "WHO input to the call of the Special Rapporteur on the right to privacy",
        T("""
            Dear Special Rapporteur,

            The World Health Organization welcomes the call and attaches a short input from
            the Department of Digital Health and Innovation.

            With best regards,
            Dr Lena Vasquez-Hoffmann
            Technical Officer
            Department of Digital Health and Innovation
            World Health Organization, Geneva
            """),
        "en",
        (IO, "World Health Organization", None),
        alt=("World Health Organization (WHO)",),
        tz=1,
        atts=(
            doc(
                "WHO_input_SR_privacy.pdf",
                "en",
                [
                    "World Health Organization - Department of Digital Health and Innovation - Input",
                    "The World Health Assembly resolution on digital health (WHA71.7) urges Member States to develop legislation and policies on data protection, and WHO's draft global strategy on digital health identifies the protection of health data as a guiding principle.",
                    "Many low- and middle-income countries are adopting electronic health records and mobile health tools faster than they adopt data protection laws. WHO supports countries in developing health data governance frameworks that cover consent, confidentiality, secondary use and data sharing across borders.",
                    "WHO would welcome the Special Rapporteur's attention to the capacity of health ministries and data-protection authorities to oversee these systems.",
                ],
            ),
        ),
    )
    add(
        "io-en-coe",
        ("Council of Europe Data Protection Unit", "dataprotection@coe.example.int"),
        "Council of Europe - contribution (Convention 108+)",
        T("""
            Dear colleagues,

            Please find attached the contribution of the Data Protection Unit of the
            Council of Europe, on behalf of the Secretariat of the Consultative Committee of
            Convention 108. The contribution may be published.

            Best regards,
            Matthias Kessler
            Administrator, Data Protection Unit
            Council of Europe, Strasbourg
            """),
        "en",
        (IO, "Council of Europe", None),
        conf="publish",
        tz=1,
        atts=(
            doc(
                "CoE_contribution_health_data.pdf",
                "en",
                [
                    "Council of Europe - Contribution of the Data Protection Unit",
                    "Convention 108+ treats data concerning health as a special category, which may be processed only where appropriate safeguards are enshrined in law. Recommendation CM/Rec(2019)2 on the protection of health-related data sets out those safeguards, including the principle that patients must be informed of the processing of their data and of the recipients.",
                    "The Recommendation addresses the sharing of health data with insurers and employers and provides that such data may be processed for purposes other than care only under conditions set by law.",
                    "The Secretariat would be pleased to provide further information on the Recommendation's implementation.",
                ],
            ),
        ),
    )
    add(
        "priva-en-medisync",
        ("MediSync Legal", "legal@medisync.example.com"),
        "MediSync Health Technologies - input (not for publication)",
        T("""
            Dear Special Rapporteur,

            MediSync Health Technologies Ltd provides patient record software to more than
            300 clinics. We attach our input. It contains commercially sensitive
            information about our clients and security architecture, and is therefore
            submitted on a confidential basis: we ask that it not be published.

            Regards,
            Rachel Ng
            General Counsel, MediSync Health Technologies Ltd
            """),
        "en",
        (PS, "MediSync Health Technologies Ltd", None),
        alt=("MediSync Health Technologies",),
        conf="confidential",
        tz=0,
        atts=(
            doc(
                "MediSync_input_SR_privacy.pdf",
                "en",
                [
                    "MediSync Health Technologies Ltd - Input to the Special Rapporteur",
                    "Our software hosts the records of about four million patients on servers in two data centres. Each clinic decides which staff may see which parts of a record; we audit access logs and alert clinics to unusual patterns.",
                    "In our experience, the greatest risks to patient data come from shared passwords in busy clinics and from the export of records to spreadsheets for billing.",
                    "We support mandatory breach notification and would welcome common standards for audit logging across vendors.",
                ],
            ),
        ),
    )
    add(
        "priva-en-ahi",
        ("Alliance of Health Insurers", "secretariat@healthinsurers.example.org"),
        "AHI submission - insurers and health data",
        T("""
            Dear Special Rapporteur,

            The Alliance of Health Insurers (AHI), representing 54 health and life insurers,
            submits the attached paper to your call for inputs.

            Yours sincerely,
            Bernard Vogt
            Secretary General
            """),
        "en",
        (PS, "Alliance of Health Insurers", None),
        acr="AHI",
        tz=1,
        trap="consent, confidentiality and anonymised data as the subject",
        atts=(
            doc(
                "AHI_submission_health_data.pdf",
                "en",
                [
                    "Alliance of Health Insurers - Position paper on insurers and health data",
                    "Insurers process health data to assess risks, pay claims and prevent fraud. Our members obtain the explicit consent of policyholders for the processing of their health data and keep medical information confidential, accessible only to medical officers within the company.",
                    "Insurers increasingly offer wellness programmes using data from wearable devices. Participation is voluntary, and members commit not to use such data for underwriting without the policyholder's specific consent.",
                    "Aggregated and anonymised data is shared with public health authorities for research. We support clear rules on what counts as anonymised data.",
                ],
            ),
        ),
    )
    add(
        "priva-en-carepoint",
        ("CarePoint Telehealth", "policy@carepoint-telehealth.example.com"),
        "CarePoint Telehealth Inc. - submission",
        T("""
            Dear Sir or Madam,

            CarePoint Telehealth Inc. is pleased to contribute to the Special Rapporteur's
            report with the attached submission.

            Best,
            Jordan Ellis
            VP, Privacy and Public Policy
            CarePoint Telehealth Inc.
            """),
        "en",
        (PS, "CarePoint Telehealth Inc.", None),
        alt=("CarePoint Telehealth",),
        tz=-8,
        atts=(
            doc(
                "CarePoint_submission_SR_privacy.pdf",
                "en",
                [
                    "CarePoint Telehealth Inc. - Submission on telehealth and patient privacy",
                    "Video consultations, remote monitoring and messaging with clinicians generate new kinds of health data: recordings, device readings, location. Patients are not always aware that some telehealth apps share usage data with analytics providers.",
                    "CarePoint does not sell or share patient data for advertising. We encrypt consultations end to end and do not record them unless the patient asks.",
                    "We recommend that regulators require telehealth providers to disclose every third party that receives patient data, in plain language.",
                ],
            ),
        ),
    )
    add(
        "union-en-fnu",
        ("Federated Nurses' Union", "campaigns@fnu.example.org"),
        "Submission from the Federated Nurses' Union",
        T("""
            Dear Special Rapporteur,

            On behalf of the Federated Nurses' Union, which represents 92,000 nurses and
            midwives, I attach our submission.

            In solidarity,
            Maureen O'Hagan
            General Secretary
            """),
        "en",
        (OTH, "Federated Nurses' Union", None),
        tz=0,
        atts=(
            doc(
                "FNU_submission.pdf",
                "en",
                [
                    "Federated Nurses' Union - Submission on nurses and patient confidentiality",
                    "Nurses are bound by a professional duty of confidentiality. Increasingly, they are also asked to record information that has nothing to do with care: patients' immigration status, whether they are entitled to free treatment, whether they have claimed benefits.",
                    "Members have told us of pressure to pass information about patients to the police without a warrant, and of the fear of disciplinary action if they refuse. Several members who raised concerns about data practices internally were moved to other wards.",
                    "We ask that nurses never be required to collect data for purposes of immigration control or benefit enforcement, and that they be protected when they refuse to breach confidentiality.",
                ],
            ),
        ),
    )
    add(
        "union-en-scwu",
        ("Social Care Workers' Union", "office@scwu.example.org"),
        "SCWU submission to the UN Special Rapporteur on privacy",
        T("""
            Dear Special Rapporteur,

            Please find attached the submission of the Social Care Workers' Union (SCWU).

            Yours sincerely,
            Derek Amankwah
            Assistant General Secretary, SCWU
            """),
        "en",
        (OTH, "Social Care Workers' Union", None),
        acr="SCWU",
        tz=0,
        atts=(
            doc(
                "SCWU_submission.docx",
                "en",
                [
                    "Social Care Workers' Union - Submission",
                    "Social workers now spend more time entering data than with the families they support. Case management systems require them to record details of domestic life that families disclose in trust, which are then shared with partner agencies under 'early intervention' programmes.",
                    "Predictive tools that score families for the risk of child maltreatment are being piloted in several local authorities. Social workers are not told how the scores are calculated, and families are not told they have been scored.",
                    "We call for an end to the use of predictive risk scores in children's social care until their accuracy and fairness have been independently assessed.",
                ],
            ),
        ),
    )
    add(
        "indiv-en-doyle",
        ("Margaret Doyle", "maggie.doyle58@gmail.com"),
        "My experience as a patient - for the privacy report",
        T("""
            Dear Special Rapporteur,

            I read about your call in a patients' newsletter and wanted to share my
            experience, which I have written up in the attached document. You are welcome
            to publish it, but please do not put my name on it. I live in a small place and
            I do not want people to know about my illness.

            Yours sincerely,
            Margaret Doyle
            """),
        "en",
        (IND, "Margaret Doyle", None),
        conf="publish",
        flags=("anonymous",),
        tz=0,
        atts=(
            doc(
                "my_experience.docx",
                "en",
                [
                    "A patient's experience of health data sharing",
                    "In 2018 I was diagnosed with cancer. During my treatment I found out that my diagnosis had been shared with the agency that pays my disability allowance, with a private company that delivered my medication and with a research database. I had signed many forms but was never asked clearly whether I agreed to this.",
                    "When I asked the hospital to see who had looked at my records, I was told this was not possible. A neighbour who works at the hospital later mentioned my treatment to me in the shop.",
                    "I would like patients to be able to see who looks at their records, and to be asked properly before their data goes anywhere else.",
                ],
                title="My experience",
            ),
        ),
    )
    add(
        "indiv-en-whistle",
        ("J. Harlow", "jh.records2020@protonmail.com"),
        "Information for the Special Rapporteur - please do not publish",
        T("""
            Dear Special Rapporteur,

            I work in the records department of a large hospital trust. I am sending the
            attached account of how a data breach affecting thousands of patients was kept
            from them and from the regulator. I ask that you do not publish this document
            and do not share it or my identity with anyone outside your office. I am
            writing as a whistle-blower and I could lose my job.

            J. Harlow
            """),
        "en",
        (IND, "J. Harlow", None),
        conf="confidential",
        tz=0,
        atts=(
            doc(
                "account.pdf",
                "en",
                [
                    "Account of an undisclosed data breach",
                    "In 2019 an external contractor who digitised paper records was found to have kept copies of about 14,000 patient files on an unsecured server. Senior managers decided not to report the breach to the regulator or to tell patients, on the ground that there was no evidence the files had been accessed.",
                    "Staff who raised concerns were told that the matter was confidential and that discussing it would be a disciplinary offence.",
                ],
                title="Account",
            ),
        ),
    )
    add(
        "indiv-en-adeyemi",
        ("Dr Samuel Adeyemi", "s.adeyemi@doctors.example.net"),
        "A general practitioner's view - submission",
        T("""
            Dear Special Rapporteur,

            I have been a general practitioner for twenty-two years. I attach a short
            submission on what I see of data sharing from the consulting room. I am happy
            for it to be published under my name.

            Kind regards,
            Dr Samuel Adeyemi MBBS
            General Practitioner
            """),
        "en",
        (IND, "Samuel Adeyemi", None),
        alt=("Dr Samuel Adeyemi",),
        conf="publish",
        tz=0,
        atts=(
            doc(
                "Adeyemi_submission_GP_view.pdf",
                "en",
                [
                    "Dr Samuel Adeyemi - A general practitioner's view of health data sharing",
                    "Patients tell their doctor things they tell no one else. They do so because they trust that what they say stays between us. That trust is being eroded by data extraction programmes that copy the records of every practice to central databases, often with only a poster in the waiting room by way of information.",
                    "I have seen patients stop coming to the practice after learning that their records might be shared with the immigration authorities, and others refuse to disclose drug or alcohol use because it might affect their benefits.",
                    "Doctors should be involved in decisions about secondary uses of the records they keep, and patients should have a simple, effective right to object.",
                ],
            ),
        ),
    )
    add(
        "nots-en-meeting",
        ("Elena Petrova", "e.petrova@digitalrightsfund.example.org"),
        "Request for a meeting with the Special Rapporteur in Geneva",
        T("""
            Dear colleagues,

            Our foundation supports digital rights organisations working on health data in
            Central and Eastern Europe. We will be in Geneva during the March session of
            the Human Rights Council and would welcome the chance to meet the Special
            Rapporteur or his team for half an hour to present our grantees' work. Would
            any slot between 9 and 13 March be possible?

            Best regards,
            Elena Petrova
            Programme Director, Digital Rights Fund
            """),
        "en",
        (None, None, None),
        kind="not_submission",
        tz=1,
        trap="a meeting request",
    )
    add(
        "nots-en-journalist",
        ("Tom Brannigan", "tom.brannigan@healthreporter.example.com"),
        "Press question: SR privacy report on health data",
        T("""
            Hello,

            I'm a reporter covering health technology. I understand the Special Rapporteur
            is preparing a report on health and welfare data. Could you tell me when it is
            due to be published, whether submissions received will be made public, and
            whether the Special Rapporteur would be available for a short interview?

            Thanks very much,
            Tom Brannigan
            Senior Reporter, Health Reporter
            """),
        "en",
        (None, None, None),
        kind="not_submission",
        tz=0,
        trap="a journalist asks whether submissions will be published: no request about a submission",
    )
    add(
        "nots-en-personal",
        ("Karen Whitlow", "karen.whitlow71@yahoo.co.uk"),
        "URGENT - my medical records were leaked, please help",
        T("""
            Dear Special Rapporteur,

            I am writing because I do not know where else to turn. Last year my medical
            records, including my psychiatric history, were shown to my former employer by
            someone at my local hospital. I lost my job soon afterwards. I complained to the
            hospital and to the regulator but nobody has done anything.

            I am asking you to take up my case with the government and make the hospital
            tell me who looked at my records. I can send you all the letters. Please keep
            this confidential.

            Karen Whitlow
            """),
        "en",
        (None, None, None),
        kind="not_submission",
        conf="confidential",
        tz=0,
        trap="a personal complaint asking the Rapporteur to act on one case, not an input to the report",
    )


# ====================================================================== French


def french() -> None:
    french_civil()
    french_others()


def french_civil() -> None:
    add(
        "civil-fr-olns",
        ("Observatoire des libertés numériques en santé", "contact@olns.example.fr"),
        "Contribution de l'OLNS à l'appel du Rapporteur spécial sur la vie privée",
        T("""
            Madame, Monsieur,

            L'Observatoire des libertés numériques en santé (OLNS) a le plaisir de vous
            adresser sa contribution. Nous acceptons volontiers qu'elle soit publiée sur le
            site du HCDH.

            Bien cordialement,
            Mathilde Garnier
            Déléguée générale de l'OLNS
            """),
        "fr",
        (CS, "Observatoire des libertés numériques en santé", None),
        acr="OLNS",
        conf="publish",
        tz=1,
        atts=(
            doc(
                "OLNS_contribution_donnees_sante.pdf",
                "fr",
                [
                    "Observatoire des libertés numériques en santé - Contribution sur la centralisation des données de santé",
                    "La création d'une plateforme nationale regroupant les données de l'assurance maladie, des hôpitaux et des registres de recherche a été décidée sans véritable débat public. L'hébergement de cette plateforme a été confié à un prestataire soumis au droit d'un État tiers, ce qui expose les données des patients à des demandes d'accès étrangères.",
                    "Les patients ne sont informés qu'au moyen d'une page générale sur un site internet. Le droit d'opposition existe en théorie, mais aucune démarche simple ne permet de l'exercer.",
                    "L'OLNS recommande un hébergement soumis exclusivement au droit européen, une information individuelle des patients et la publication de chaque projet ayant accès aux données.",
                ],
            ),
        ),
    )
    add(
        "civil-fr-uapc",
        ("Union des associations de patients chroniques", "secretariat@uapc.example.fr"),
        "Contribution UAPC - consentement et secret médical",
        T("""
            Bonjour,

            Veuillez trouver ci-joint la contribution de l'Union des associations de
            patients chroniques (UAPC) à la consultation du Rapporteur spécial.

            Cordialement,
            Bernard Lemoine
            Président de l'UAPC
            """),
        "fr",
        (CS, "Union des associations de patients chroniques", None),
        acr="UAPC",
        tz=1,
        trap="secret médical, consentement et données anonymisées comme sujet",
        atts=(
            doc(
                "UAPC_contribution.docx",
                "fr",
                [
                    "Union des associations de patients chroniques (UAPC) - Contribution",
                    "Le secret médical est au cœur de la relation de soin. Pourtant, les patients atteints de maladies chroniques voient leurs données circuler entre de nombreux acteurs : médecins, pharmaciens, laboratoires, complémentaires santé, plateformes de prise de rendez-vous. Le consentement recueilli est souvent global et ne permet pas de refuser un partage particulier.",
                    "Nos adhérents nous signalent que des données présentées comme anonymisées ont permis à des courtiers de leur proposer des produits ciblés. Ils demandent que leurs données ne soient jamais vendues ni publiées, même sous forme agrégée lorsque l'effectif est faible.",
                    "L'UAPC demande un consentement distinct pour chaque usage secondaire et un droit effectif de savoir qui a consulté le dossier médical partagé.",
                ],
            ),
        ),
    )
    add(
        "civil-fr-aadph",
        ("AADPH", "direction@aadph.example.org"),
        "Contribution confidentielle - AADPH",
        T("""
            Madame la Secrétaire, Monsieur le Secrétaire,

            L'Association pour l'autonomie et les droits des personnes handicapées vous
            transmet sa contribution. Nous vous demandons de ne pas la publier : elle
            mentionne des échanges avec les maisons départementales qui instruisent les
            dossiers de nos adhérents, et sa diffusion pourrait leur nuire. Elle est
            destinée au seul usage du Rapporteur spécial.

            Respectueusement,
            Sylvie Martinon
            Directrice de l'AADPH
            """),
        "fr",
        (CS, "Association pour l'autonomie et les droits des personnes handicapées", None),
        acr="AADPH",
        conf="confidential",
        tz=1,
        atts=(
            doc(
                "AADPH_contribution.pdf",
                "fr",
                [
                    "Association pour l'autonomie et les droits des personnes handicapées - Contribution",
                    "Pour obtenir une allocation ou une prestation de compensation, une personne handicapée doit fournir un certificat médical détaillé, souvent accompagné de comptes rendus d'hospitalisation. Ces documents sont numérisés et consultés par de nombreux agents.",
                    "Nos adhérents ignorent combien de temps ces données sont conservées et avec qui elles sont partagées. Certains ont découvert que leur diagnostic figurait dans un courrier adressé à leur employeur.",
                    "Nous demandons que seules les informations strictement nécessaires soient demandées et que les personnes puissent consulter l'historique des accès à leur dossier.",
                ],
            ),
        ),
    )
    add(
        "civil-fr-caa",
        ("Collectif Allocataires et Algorithmes", "collectif.allocalgo@riseup.net"),
        "Contribution : le score de risque des allocataires",
        T("""
            Bonjour,

            Notre collectif regroupe des allocataires, des travailleurs sociaux et des
            juristes. Nous vous envoyons notre contribution sur l'algorithme de notation
            utilisé pour cibler les contrôles. Vous pouvez la publier, elle est faite pour
            être lue.

            Salutations solidaires,
            Collectif Allocataires et Algorithmes
            """),
        "fr",
        (CS, "Collectif Allocataires et Algorithmes", None),
        conf="publish",
        tz=1,
        atts=(
            doc(
                "contribution_score_risque.pdf",
                "fr",
                [
                    "Collectif Allocataires et Algorithmes - Le score de risque des allocataires",
                    "Chaque mois, un algorithme attribue à chaque allocataire un score de risque qui détermine qui sera contrôlé. Le code source et la liste des variables ne sont pas publiés ; l'organisme invoque le secret pour éviter que les fraudeurs ne contournent le dispositif.",
                    "D'après les témoignages recueillis, les personnes les plus contrôlées sont celles aux revenus irréguliers, les parents isolés et les bénéficiaires d'une allocation pour adulte handicapé. Un contrôle entraîne souvent la suspension des droits pendant plusieurs semaines.",
                    "Nous demandons la publication du code et des variables, l'interdiction de variables liées à la situation familiale ou au handicap, et l'information de chaque personne sur son score.",
                ],
            ),
        ),
    )
    add(
        "civil-fr-pdd",
        ("Positifs et Droits", "accueil@positifsetdroits.example.org"),
        "Contribution - publication sans le nom de l'association svp",
        T("""
            Bonjour,

            Vous trouverez ci-joint notre contribution sur le statut sérologique et les
            données de santé. Vous pouvez la mettre en ligne, mais sans le nom de notre
            association : nous accompagnons des personnes qui n'ont pas révélé leur
            séropositivité à leur entourage, et certaines pourraient être identifiées à
            partir de notre nom et de notre ville.

            Merci de votre compréhension,
            Karim Haddad
            Positifs et Droits
            """),
        "fr",
        (CS, "Positifs et Droits", None),
        conf="publish",
        flags=("anonymous",),
        tz=1,
        atts=(
            doc(
                "contribution_statut_serologique.docx",
                "fr",
                [
                    "Contribution sur le statut sérologique dans les systèmes de santé et de protection sociale",
                    "Le statut sérologique est l'une des informations les plus sensibles qui soient. Il apparaît pourtant dans de nombreux documents administratifs : demandes de prise en charge, dossiers de reconnaissance du handicap, demandes de titre de séjour pour soins.",
                    "Des personnes que nous accompagnons ont vu leur statut révélé par un courrier envoyé au mauvais destinataire ou par une conversation dans une salle d'attente. Aucune n'a été informée par l'organisme responsable.",
                    "Nous demandons que le statut sérologique ne figure jamais sur un document qui n'en a pas strictement besoin.",
                ],
                title="Contribution au Rapporteur spécial sur le droit à la vie privée",
            ),
        ),
    )
    add(
        "civil-fr-rapds",
        ("Réseau africain pour la protection des données de santé", "rapds@rapds.example.sn"),
        f"RE: {CALL_SUBJECT}",
        T("""
            Bonjour,

            En réponse à votre appel, le Réseau africain pour la protection des données de
            santé (RAPDS) vous transmet sa contribution. Nous sommes d'accord pour qu'elle
            soit publiée.

            Cordialement,
            Awa Ndiaye
            Coordinatrice du RAPDS, Dakar

            Le lun. 27 janv. 2020 à 09:14, SR Privacy (OHCHR) <srprivacy@ohchr.example> a écrit :
            > Dear colleagues,
            > The Special Rapporteur on the right to privacy invites States, civil society
            > and other stakeholders to send inputs for his report to the Human Rights
            > Council, by 17 March 2020.
            """),
        "fr",
        (CS, "Réseau africain pour la protection des données de santé", None),
        acr="RAPDS",
        conf="publish",
        tz=0,
        in_reply_to=CALL_ID,
        atts=(
            doc(
                "RAPDS_contribution.pdf",
                "fr",
                [
                    "Réseau africain pour la protection des données de santé (RAPDS) - Contribution",
                    "Dans plusieurs pays d'Afrique de l'Ouest, les dossiers de patients sont numérisés grâce à des financements de bailleurs, par des entreprises étrangères qui hébergent les données hors du continent. Les autorités de protection des données, lorsqu'elles existent, manquent de moyens pour contrôler ces projets.",
                    "Les programmes de transferts monétaires reposent sur des registres sociaux qui contiennent des données de santé et de handicap. Les ménages ne savent pas que ces données peuvent être partagées avec d'autres administrations.",
                    "Le RAPDS recommande l'hébergement local des données de santé et le renforcement des autorités de protection des données.",
                ],
            ),
        ),
    )
    add(
        "civil-fr-aups",
        ("Association des usagers de la protection sociale", "aups.bureau@orange.fr"),
        "Contribution (en retard, avec nos excuses)",
        T("""
            Madame, Monsieur,

            Nous vous prions de nous excuser pour ce retard : notre contribution n'a pu être
            validée par notre conseil d'administration qu'hier soir. Nous espérons qu'elle
            pourra encore être prise en compte.

            Avec nos remerciements,
            Jean-Paul Morel
            Président, Association des usagers de la protection sociale
            """),
        "fr",
        (CS, "Association des usagers de la protection sociale", None),
        tz=1,
        received=after(19, 9, 5),
        atts=(
            doc(
                "AUPS_contribution.docx",
                "fr",
                [
                    "Association des usagers de la protection sociale - Contribution",
                    "La dématérialisation des démarches sociales a rendu l'accès aux droits dépendant d'un compte en ligne. Les usagers qui n'ont pas d'ordinateur confient leurs identifiants à des proches ou à des agents d'accueil, qui voient alors l'ensemble de leur dossier, y compris les informations médicales.",
                    "Nous demandons le maintien d'un accueil physique dans chaque territoire et des comptes qui permettent de limiter ce qu'un tiers autorisé peut voir.",
                ],
            ),
        ),
    )
    add(
        "joint-fr-oes",
        ("Observatoire de l'e-santé", "observatoire@oesante.example.be"),
        "Contribution conjointe - Observatoire de l'e-santé et partenaires",
        T("""
            Madame, Monsieur,

            Nous avons l'honneur de vous transmettre la contribution conjointe de
            l'Observatoire de l'e-santé, de la Ligue des usagers des services de santé, du
            Collectif Vie privée Wallonie et de l'Association belge des patients
            diabétiques.

            Bien à vous,
            Hélène Dubois
            Observatoire de l'e-santé, Bruxelles
            """),
        "fr",
        (CS, "Observatoire de l'e-santé and 3 others", None),
        alt=(
            "Observatoire de l'e-santé, Ligue des usagers des services de santé, Collectif Vie privée Wallonie et Association belge des patients diabétiques",
            "Observatoire de l'e-santé et 3 autres",
        ),
        tz=1,
        atts=(
            doc(
                "Contribution_conjointe_esante.pdf",
                "fr",
                [
                    "Contribution conjointe de l'Observatoire de l'e-santé, de la Ligue des usagers des services de santé, du Collectif Vie privée Wallonie et de l'Association belge des patients diabétiques",
                    "Le partage des données de santé entre prestataires repose sur un consentement éclairé que le patient donne une seule fois, souvent au guichet d'une pharmacie. Peu de patients savent qu'ils peuvent exclure un médecin ou retirer leur consentement.",
                    "Les applications de suivi du diabète transmettent les mesures de glycémie à des serveurs situés hors de l'Union européenne, sans que les patients en soient clairement informés.",
                    "Nous recommandons un rappel périodique du consentement et une liste publique des applications autorisées à recevoir des données de santé.",
                ],
            ),
        ),
    )
    add(
        "civil-fr-lunsante",
        ("Ligue des usagers du numérique en santé", "contact@lunsante.example.fr"),
        "Contribution LUNS - à publier après le 2 avril",
        T("""
            Bonjour,

            La Ligue des usagers du numérique en santé vous adresse sa contribution. Elle
            reprend les résultats d'une enquête que nous présenterons à la presse le 1er
            avril ; merci donc de ne pas la mettre en ligne avant le 2 avril. Ensuite, elle
            peut être publiée librement.

            Cordialement,
            Élodie Perrin
            Chargée de plaidoyer
            """),
        "fr",
        (CS, "Ligue des usagers du numérique en santé", None),
        conf="publish",
        tz=1,
        trap="consent with an embargo until 2 April",
        atts=(
            doc(
                "LUNS_contribution_enquete.pdf",
                "fr",
                [
                    "Ligue des usagers du numérique en santé - Contribution",
                    "Notre enquête auprès de 2 400 personnes montre que 61 % d'entre elles ignorent que leurs données de remboursement peuvent être utilisées pour la recherche, et que 78 % souhaiteraient être consultées avant chaque nouvel usage.",
                    "Les plateformes de prise de rendez-vous en ligne conservent l'historique des consultations, y compris auprès de psychiatres ou de centres d'orthogénie. Les conditions d'utilisation, très longues, ne permettent pas un consentement réel.",
                    "Nous recommandons que l'historique des rendez-vous soit effacé automatiquement après la consultation.",
                ],
            ),
        ),
    )
    add(
        "civil-fr-rcsc",
        ("Réseau des centres de santé communautaires", "coordination@rcsc.example.fr"),
        "Contribution du Réseau des centres de santé communautaires",
        T("""
            Bonjour,

            Vous trouverez ci-joints notre note d'accompagnement et notre contribution.

            Bien cordialement,
            Lucie Bernard
            Coordinatrice
            """),
        "fr",
        (CS, "Réseau des centres de santé communautaires", None),
        conf="confidential",
        tz=1,
        trap="refusal in the cover note only",
        atts=(
            docx_file(
                "Note_accompagnement.docx",
                "fr",
                [
                    "Le Réseau des centres de santé communautaires transmet au Rapporteur spécial la contribution ci-jointe.",
                    "Cette contribution est communiquée à titre confidentiel : nous vous demandons de ne pas la publier ni la diffuser, car elle décrit des pratiques de partenaires publics avec lesquels nous sommes en négociation.",
                ],
                title="Note d'accompagnement",
            ),
            doc(
                "RCSC_contribution.pdf",
                "fr",
                [
                    "Réseau des centres de santé communautaires - Contribution",
                    "Nos centres accueillent des personnes sans couverture sociale, des personnes exilées et des personnes sans domicile. Les logiciels de gestion imposés par les financeurs exigent la saisie de la nationalité, de la situation administrative et du lieu d'hébergement de chaque patient.",
                    "Ces données sont ensuite transmises de manière agrégée, mais nos équipes craignent qu'elles puissent être rapprochées d'autres fichiers. Des patients renoncent à venir par peur d'être signalés.",
                    "Nous demandons que la saisie de la situation administrative ne soit jamais une condition de l'accès aux soins.",
                ],
            ),
        ),
    )
    add(
        "civil-fr-addms",
        ("Médecins et Droits des Migrants", "plaidoyer@mddm.example.org"),
        "Contribution MDDM - données de santé des personnes étrangères",
        T("""
            Madame, Monsieur,

            Médecins et Droits des Migrants (MDDM) vous adresse ci-joint sa contribution
            pour le rapport du Rapporteur spécial.

            Bien à vous,
            Dr Fatou Sarr
            Responsable du plaidoyer, MDDM
            """),
        "fr",
        (CS, "Médecins et Droits des Migrants", None),
        acr="MDDM",
        tz=1,
        trap="'ne doivent pas être publiées', 'confidentiel' about patients' data only",
        atts=(
            doc(
                "MDDM_contribution.pdf",
                "fr",
                [
                    "Médecins et Droits des Migrants - Contribution sur les données de santé des personnes étrangères",
                    "Les demandes de titre de séjour pour raison médicale exigent la transmission d'un rapport médical complet à un service qui dépend du ministère de l'intérieur. Les médecins que nous formons s'inquiètent de ce que deviennent ces rapports, qui devraient rester confidentiels.",
                    "Les données de santé des personnes étrangères ne doivent pas être publiées, ni rapprochées des fichiers de police. Or des patients nous rapportent avoir été interrogés sur leur traitement lors d'un contrôle.",
                    "Nous demandons que l'évaluation médicale relève exclusivement d'une autorité sanitaire indépendante.",
                ],
            ),
        ),
    )
    add(
        "civil-fr-cpea",
        ("Collectif des parents d'enfants autistes", "cpea.contact@gmail.com"),
        "Contribution - merci de ne pas nous nommer",
        T("""
            Bonjour,

            Nous sommes un collectif de parents. Notre contribution est en pièce jointe.
            Elle peut être publiée, mais nous souhaitons qu'elle le soit de façon anonyme,
            sans le nom du collectif, car nos enfants sont scolarisés dans de petites
            communes et nous ne voulons pas qu'ils soient reconnus.

            Cordialement,
            Le Collectif des parents d'enfants autistes
            """),
        "fr",
        (CS, "Collectif des parents d'enfants autistes", None),
        conf="publish",
        flags=("anonymous",),
        tz=1,
        atts=(
            doc(
                "contribution_parents.docx",
                "fr",
                [
                    "Contribution sur les données des enfants autistes",
                    "Pour obtenir un accompagnement scolaire, les familles doivent transmettre des bilans médicaux et psychologiques détaillés. Ces documents circulent entre l'école, la maison départementale et parfois la mairie.",
                    "Plusieurs parents ont découvert que le diagnostic de leur enfant était connu d'autres familles. Nous demandons que seules les conclusions utiles à l'aide soient transmises à l'école.",
                ],
                title="Contribution au Rapporteur spécial sur le droit à la vie privée",
            ),
        ),
    )
    add(
        "civil-fr-fsn",
        ("Fondation pour la santé numérique", "f.roux@fondation-santenumerique.example.fr"),
        "Contribution de la Fondation pour la santé numérique",
        T("""
            Madame, Monsieur,

            Veuillez trouver ci-joint la contribution de la Fondation pour la santé
            numérique.

            Cordialement,
            François Roux
            Directeur des études
            Fondation pour la santé numérique

            --
            Ce message et toutes les pièces jointes sont confidentiels et établis à
            l'intention exclusive de leurs destinataires. Toute utilisation ou diffusion
            non autorisée est interdite. Si vous avez reçu ce message par erreur, merci
            d'en avertir immédiatement l'expéditeur et de le détruire.
            """),
        "fr",
        (CS, "Fondation pour la santé numérique", None),
        flags=("disclaimer",),
        tz=1,
        atts=(
            doc(
                "FSN_contribution.pdf",
                "fr",
                [
                    "Fondation pour la santé numérique - Contribution",
                    "L'intelligence artificielle en santé nécessite de grandes quantités de données. Les entrepôts de données hospitaliers se multiplient, chacun avec ses propres règles d'accès et de pseudonymisation.",
                    "Nous proposons un registre public des entrepôts de données de santé et des projets qui les utilisent, ainsi qu'un comité d'usagers pour chaque entrepôt.",
                    "La confiance des patients conditionne la réussite de la santé numérique ; elle suppose la transparence sur les usages et les partenaires industriels.",
                ],
            ),
        ),
    )
    add(
        "civil-fr-dnao",
        ("Droits Numériques Afrique de l'Ouest", "info@dnao.example.ci"),
        "Contribution DNAO - identité numérique et protection sociale",
        T("""
            Chère équipe du Rapporteur spécial,

            Droits Numériques Afrique de l'Ouest (DNAO) est heureuse de vous transmettre sa
            contribution, que vous pouvez rendre publique.

            Fraternellement,
            Yao Kouassi
            Secrétaire exécutif, DNAO, Abidjan
            """),
        "fr",
        (CS, "Droits Numériques Afrique de l'Ouest", None),
        acr="DNAO",
        conf="publish",
        tz=0,
        atts=(
            doc(
                "DNAO_contribution.pdf",
                "fr",
                [
                    "Droits Numériques Afrique de l'Ouest - Contribution sur l'identité numérique et la protection sociale",
                    "La couverture maladie universelle est liée à l'enrôlement biométrique de chaque assuré. Les personnes sans pièce d'identité, nombreuses en zone rurale, restent exclues du système.",
                    "Les données biométriques sont collectées par des opérateurs privés dans le cadre de partenariats dont les contrats ne sont pas publiés.",
                    "DNAO recommande la publication des contrats et un droit à une prise en charge sans enrôlement biométrique.",
                ],
            ),
        ),
    )


def french_others() -> None:
    add(
        "acade-fr-cjdn",
        ("Clinique juridique des droits numériques", "cjdn@droit.lorvaux.example.fr"),
        "Contribution de la Clinique juridique des droits numériques (Université de Lorvaux)",
        T("""
            Madame, Monsieur,

            Les étudiants de la Clinique juridique des droits numériques de l'Université de
            Lorvaux ont préparé, sous notre direction, la contribution ci-jointe.

            Avec nos salutations distinguées,
            Pr Isabelle Fontaine
            Directrice de la Clinique juridique des droits numériques
            Faculté de droit, Université de Lorvaux
            """),
        "fr",
        (AC, "Clinique juridique des droits numériques, Université de Lorvaux", None),
        alt=("Clinique juridique des droits numériques de l'Université de Lorvaux",),
        tz=1,
        atts=(
            doc(
                "CJDN_Lorvaux_contribution.docx",
                "fr",
                [
                    "Clinique juridique des droits numériques, Université de Lorvaux - Contribution",
                    "Le règlement général sur la protection des données autorise le traitement des données de santé pour des motifs d'intérêt public, ce qui permet aux États de se passer du consentement. Les garanties prévues par le droit national sont souvent générales.",
                    "Nous avons analysé douze décrets autorisant des traitements de données sociales : aucun ne prévoit de durée de conservation précise, et la moitié renvoient à des arrêtés non publiés.",
                    "La Clinique recommande que tout traitement de données de santé à des fins sociales soit autorisé par la loi et soumis à une analyse d'impact publiée.",
                ],
            ),
        ),
    )
    add(
        "acade-fr-lsds",
        ("Laboratoire Santé, Données et Société", "lsds@unige.example.ch"),
        "Contribution du Laboratoire Santé, Données et Société (Université de Genève)",
        T("""
            Madame, Monsieur,

            Nous avons le plaisir de vous adresser la contribution du Laboratoire Santé,
            Données et Société de l'Université de Genève. Nous autorisons sa publication
            sur la page de l'appel.

            Meilleures salutations,
            Dr Nicolas Favre
            Laboratoire Santé, Données et Société
            Université de Genève
            """),
        "fr",
        (AC, "Laboratoire Santé, Données et Société, Université de Genève", None),
        alt=("Laboratoire Santé, Données et Société de l'Université de Genève",),
        conf="publish",
        tz=1,
        atts=(
            doc(
                "LSDS_UNIGE_contribution.pdf",
                "fr",
                [
                    "Laboratoire Santé, Données et Société, Université de Genève - Contribution",
                    "Le dossier électronique du patient, introduit progressivement en Suisse, repose sur le principe du double consentement : le patient choisit d'ouvrir un dossier et décide quels professionnels y ont accès. Ce modèle protège la vie privée mais reste peu utilisé.",
                    "Nos entretiens montrent que les personnes âgées et les personnes migrantes comprennent mal les niveaux de confidentialité proposés.",
                    "Nous recommandons un accompagnement humain à l'ouverture du dossier et des explications dans les langues des patients.",
                ],
            ),
        ),
    )
    add(
        "acade-fr-crvp",
        ("Chaire de recherche sur la vie privée et la santé", "chaire.vps@uottawa.example.ca"),
        "Contribution - Chaire de recherche sur la vie privée et la santé (Université d'Ottawa)",
        T("""
            Madame, Monsieur,

            Je vous transmets la contribution de la Chaire de recherche sur la vie privée
            et la santé de l'Université d'Ottawa. Elle reprend un article en cours
            d'évaluation par une revue scientifique ; nous ne pouvons donc pas en autoriser
            la publication. Merci de la réserver à l'usage du Rapporteur spécial.

            Cordialement,
            Pr Geneviève Tremblay
            Titulaire de la Chaire
            """),
        "fr",
        (AC, "Chaire de recherche sur la vie privée et la santé, Université d'Ottawa", None),
        alt=("Chaire de recherche sur la vie privée et la santé de l'Université d'Ottawa",),
        conf="confidential",
        tz=-5,
        atts=(
            doc(
                "Chaire_VPS_contribution.pdf",
                "fr",
                [
                    "Chaire de recherche sur la vie privée et la santé, Université d'Ottawa - Contribution",
                    "Les régimes provinciaux d'assurance maladie partagent des données avec les programmes d'aide sociale pour vérifier l'admissibilité. Ces échanges reposent sur des ententes administratives rarement rendues publiques.",
                    "Notre analyse de 23 ententes obtenues par des demandes d'accès à l'information montre que la plupart ne limitent pas l'usage ultérieur des données.",
                    "Nous recommandons la publication systématique de ces ententes et leur examen par les commissaires à la vie privée.",
                ],
            ),
        ),
    )
    add(
        "state-fr-fra",
        ("Mission permanente de la France", "dfra.geneve@diplomatie.example.fr"),
        "Note verbale - contribution de la France - Rapporteur spécial sur le droit à la vie privée",
        T("""
            Madame, Monsieur,

            Vous trouverez ci-joint une note verbale de la Mission permanente de la France
            auprès de l'Office des Nations Unies à Genève, accompagnée de la contribution
            des autorités françaises.

            Bien cordialement,
            Le secrétariat de la Mission permanente de la France
            """),
        "fr",
        (MS, "France", "FRA"),
        alt=("République française", "French Republic"),
        tz=1,
        atts=(
            doc(
                "NV_France_contribution_RS_vie_privee.pdf",
                "fr",
                [
                    "La Mission permanente de la France auprès de l'Office des Nations Unies à Genève et des organisations internationales en Suisse présente ses compliments au Haut-Commissariat des Nations Unies aux droits de l'homme et, se référant à l'appel à contributions du Rapporteur spécial sur le droit à la vie privée, a l'honneur de lui transmettre les éléments suivants.",
                    "En France, l'hébergement des données de santé est soumis à une certification. Le dossier médical partagé permet au patient de masquer certains documents et de consulter l'historique des accès. La Commission nationale de l'informatique et des libertés contrôle les traitements de données de santé.",
                    "La loi du 24 juillet 2019 a créé la Plateforme des données de santé, chargée de faciliter l'accès aux données pour la recherche dans le respect des droits des personnes.",
                    "La Mission permanente de la France saisit cette occasion pour renouveler au Haut-Commissariat les assurances de sa haute considération.",
                ],
                title="Note verbale",
            ),
        ),
    )
    add(
        "state-fr-sen",
        ("Ministère de la Santé et de l'Action sociale", "cabinet@msas.example.gouv.sn"),
        "Contribution du Sénégal - Ministère de la Santé et de l'Action sociale",
        T("""
            Monsieur le Rapporteur spécial,

            J'ai l'honneur de vous transmettre la contribution du Ministère de la Santé et
            de l'Action sociale de la République du Sénégal. Elle peut être publiée sur le
            site du Haut-Commissariat.

            Veuillez agréer l'expression de ma haute considération.

            Le Secrétaire général
            Ministère de la Santé et de l'Action sociale, Dakar
            """),
        "fr",
        (MS, "Senegal", "SEN"),
        alt=("Sénégal", "République du Sénégal", "Republic of Senegal"),
        conf="publish",
        tz=0,
        atts=(
            doc(
                "Senegal_MSAS_contribution.pdf",
                "fr",
                [
                    "République du Sénégal - Ministère de la Santé et de l'Action sociale - Contribution",
                    "Le Sénégal a engagé la numérisation des dossiers de santé dans les hôpitaux publics et la mise en place d'un registre national unique des ménages vulnérables pour le ciblage des programmes sociaux.",
                    "La loi de 2008 sur la protection des données à caractère personnel s'applique à ces traitements, sous le contrôle de la Commission de protection des données personnelles. Un projet de loi doit renforcer les règles applicables aux données de santé.",
                    "Le Ministère souhaite bénéficier de l'expertise du Rapporteur spécial pour l'encadrement de la couverture maladie universelle numérique.",
                ],
            ),
        ),
    )
    add(
        "state-fr-bel",
        ("Mission permanente de la Belgique", "geneve.pm@diplobel.example.be"),
        "Réponse de la Belgique à l'appel à contributions",
        T("""
            Madame, Monsieur,

            La Mission permanente de la Belgique vous prie de trouver ci-joint la réponse
            des autorités belges. Ces informations sont communiquées pour l'information du
            Rapporteur spécial ; la Belgique souhaite qu'elles ne soient pas publiées.

            Avec nos salutations distinguées,
            Mission permanente de la Belgique auprès de l'ONU à Genève
            """),
        "fr",
        (MS, "Belgium", "BEL"),
        alt=("Belgique", "Royaume de Belgique", "Kingdom of Belgium"),
        conf="confidential",
        tz=1,
        atts=(
            doc(
                "Belgique_reponse_RS_vie_privee.pdf",
                "fr",
                [
                    "Royaume de Belgique - Réponse à l'appel à contributions du Rapporteur spécial sur le droit à la vie privée",
                    "La Banque-Carrefour de la sécurité sociale organise les échanges de données entre les institutions de sécurité sociale. Chaque échange doit être autorisé par une chambre du comité de sécurité de l'information.",
                    "Le réseau eHealth permet l'échange de données de santé entre prestataires, sur la base du consentement éclairé du patient, qui peut être retiré à tout moment.",
                ],
            ),
        ),
    )
    add(
        "state-fr-mar",
        ("Mission permanente du Maroc", "mission.maroc@geneve.example.ma"),
        "Note verbale - Contribution du Royaume du Maroc (CNDP)",
        T("""
            Madame, Monsieur,

            La Mission permanente du Royaume du Maroc a l'honneur de vous transmettre
            ci-joint une note verbale ainsi que la contribution préparée par la Commission
            nationale de contrôle de la protection des données à caractère personnel.

            Mission permanente du Royaume du Maroc, Genève
            """),
        "fr",
        (MS, "Morocco", "MAR"),
        alt=("Maroc", "Royaume du Maroc", "Kingdom of Morocco"),
        tz=1,
        trap="a data-protection authority's input sent by the State's mission: the State",
        atts=(
            doc(
                "Maroc_NV_contribution_CNDP.pdf",
                "fr",
                [
                    "La Mission permanente du Royaume du Maroc auprès de l'Office des Nations Unies à Genève présente ses compliments au Haut-Commissariat aux droits de l'homme et a l'honneur de lui faire parvenir la contribution de la Commission nationale de contrôle de la protection des données à caractère personnel (CNDP).",
                    "La loi 09-08 classe les données de santé parmi les données sensibles, dont le traitement est soumis à l'autorisation préalable de la CNDP. La Commission a émis des recommandations sur la télémédecine et sur l'utilisation des données des assurés par les organismes de couverture médicale.",
                    "La généralisation de la couverture médicale et le registre social unifié font l'objet d'un suivi par la CNDP, en lien avec les départements concernés.",
                ],
                title="Note verbale",
            ),
        ),
    )
    add(
        "other-fr-caiq",
        ("Commission d'accès à l'information", "international@cai.example.qc.ca"),
        "Contribution de la Commission d'accès à l'information du Québec",
        T("""
            Monsieur le Rapporteur spécial,

            La Commission d'accès à l'information du Québec, organisme chargé de surveiller
            l'application des lois sur l'accès aux documents et la protection des
            renseignements personnels, vous soumet la contribution ci-jointe. La Commission
            consent à sa diffusion.

            Veuillez agréer l'expression de nos sentiments distingués,
            Me Julie Gagnon
            Direction des affaires juridiques
            """),
        "fr",
        (OTH, "Commission d'accès à l'information du Québec", None),
        alt=("Commission d'accès à l'information",),
        conf="publish",
        tz=-5,
        trap="an independent data-protection authority writing in its own name: other",
        atts=(
            doc(
                "CAI_contribution.pdf",
                "fr",
                [
                    "Commission d'accès à l'information du Québec - Contribution",
                    "Les renseignements de santé détenus par les établissements du réseau public sont confidentiels et ne peuvent être communiqués sans le consentement de la personne, sauf exceptions prévues par la loi. Ces exceptions se sont multipliées au fil des ans.",
                    "La Commission reçoit chaque année des déclarations d'incidents touchant des renseignements de santé, dont plusieurs impliquent des employés ayant consulté des dossiers sans raison.",
                    "La Commission recommande que les organismes publics soient tenus d'aviser les personnes concernées par un incident de confidentialité.",
                ],
            ),
        ),
    )
    add(
        "nhri-fr-ddd",
        ("Défenseur des droits", "international@defenseurdesdroits.example.fr"),
        "Contribution du Défenseur des droits",
        T("""
            Monsieur le Rapporteur spécial,

            Le Défenseur des droits a l'honneur de vous adresser sa contribution. Il ne
            voit aucun inconvénient à ce qu'elle soit rendue publique.

            Je vous prie d'agréer l'expression de ma haute considération.

            Pour le Défenseur des droits,
            Marion Lecomte
            Chargée de mission, Affaires européennes et internationales
            """),
        "fr",
        (NHRI, "Défenseur des droits", "FRA"),
        conf="publish",
        tz=1,
        atts=(
            doc(
                "DDD_contribution_RS_vie_privee.pdf",
                "fr",
                [
                    "Défenseur des droits - Contribution au Rapporteur spécial sur le droit à la vie privée",
                    "Le Défenseur des droits est régulièrement saisi par des usagers des services publics dont les droits sociaux ont été suspendus à la suite d'un croisement automatisé de fichiers. Ces personnes n'ont souvent pas été informées de la source de l'erreur.",
                    "Dans son rapport sur la dématérialisation des services publics, le Défenseur des droits a recommandé de toujours maintenir une alternative au numérique.",
                    "Il recommande en outre que les algorithmes utilisés pour les contrôles sociaux fassent l'objet d'une évaluation publique au regard du principe de non-discrimination.",
                ],
            ),
        ),
    )
    add(
        "nhri-fr-ccdp",
        ("Commission canadienne des droits de la personne", "international@chrc-ccdp.example.ca"),
        "Contribution de la Commission canadienne des droits de la personne",
        T("""
            Bonjour,

            Veuillez trouver ci-joint la contribution de la Commission canadienne des droits
            de la personne à l'appel du Rapporteur spécial.

            Cordialement,
            Marc-André Lévesque
            Analyste principal des politiques
            Commission canadienne des droits de la personne
            """),
        "fr",
        (NHRI, "Commission canadienne des droits de la personne", "CAN"),
        alt=("Canadian Human Rights Commission",),
        tz=-5,
        atts=(
            doc(
                "CCDP_contribution.docx",
                "fr",
                [
                    "Commission canadienne des droits de la personne - Contribution",
                    "La Commission s'intéresse à l'utilisation croissante des outils automatisés dans la prestation des services fédéraux, notamment pour l'assurance-emploi et les prestations d'invalidité.",
                    "Les Premières Nations, les Inuits et les Métis ont des préoccupations particulières quant à la gouvernance des données de santé les concernant ; les principes de propriété, de contrôle, d'accès et de possession doivent être respectés.",
                    "La Commission recommande que toute décision automatisée touchant des prestations sociales puisse être contestée devant un décideur humain.",
                ],
            ),
        ),
    )
    add(
        "nhri-fr-ccdh",
        ("CCDH Luxembourg", "info@ccdh.example.lu"),
        "Contribution de la CCDH - Luxembourg",
        T("""
            Madame, Monsieur,

            Veuillez trouver en annexe la contribution de la Commission consultative des
            droits de l'Homme du Grand-Duché de Luxembourg (CCDH).

            Bien à vous,
            Anne Weber
            Juriste, CCDH

            ***
            Ce courriel est confidentiel et destiné uniquement à la personne ou à l'entité
            à laquelle il est adressé. Si vous l'avez reçu par erreur, veuillez le détruire
            et en informer l'expéditeur.
            """),
        "fr",
        (NHRI, "Commission consultative des droits de l'Homme du Grand-Duché de Luxembourg", "LUX"),
        acr="CCDH",
        flags=("disclaimer",),
        tz=1,
        atts=(
            doc(
                "CCDH_contribution.pdf",
                "fr",
                [
                    "Commission consultative des droits de l'Homme du Grand-Duché de Luxembourg - Contribution",
                    "La CCDH a suivi l'introduction du dossier de soins partagé et la réforme de l'aide sociale. Elle relève que de nombreux résidents ne savent pas qu'un dossier a été ouvert à leur nom.",
                    "Les travailleurs frontaliers, très nombreux au Luxembourg, sont particulièrement mal informés de leurs droits concernant leurs données de santé.",
                    "La CCDH recommande une campagne d'information multilingue et un accès simple à l'historique des consultations du dossier.",
                ],
            ),
        ),
    )
    add(
        "io-fr-oif",
        ("OIF Direction des affaires politiques", "dapg@francophonie.example.org"),
        "Contribution de l'Organisation internationale de la Francophonie",
        T("""
            Madame, Monsieur,

            L'Organisation internationale de la Francophonie a l'honneur de transmettre sa
            contribution, préparée avec l'appui du réseau des autorités francophones de
            protection des données personnelles.

            Avec nos salutations distinguées,
            Moussa Diallo
            Spécialiste de programme, Organisation internationale de la Francophonie
            """),
        "fr",
        (IO, "Organisation internationale de la Francophonie", None),
        alt=(
            "Organisation internationale de la Francophonie (OIF)",
            "International Organisation of La Francophonie",
        ),
        tz=1,
        atts=(
            doc(
                "OIF_contribution.pdf",
                "fr",
                [
                    "Organisation internationale de la Francophonie - Contribution",
                    "Dans l'espace francophone, plus de vingt États disposent désormais d'une autorité de protection des données. Beaucoup de ces autorités signalent que le secteur de la santé est celui où les demandes d'autorisation sont les plus nombreuses.",
                    "L'OIF soutient la formation des agents de ces autorités et l'élaboration de lignes directrices communes sur les données de santé.",
                ],
            ),
        ),
    )
    add(
        "priva-fr-santeo",
        ("Santéo", "affaires.publiques@santeo.example.fr"),
        "Contribution de Santéo SAS",
        T("""
            Bonjour,

            Santéo SAS, éditeur de solutions de téléconsultation, vous adresse sa
            contribution ci-jointe.

            Bien cordialement,
            Thomas Girard
            Responsable des affaires publiques
            """),
        "fr",
        (PS, "Santéo SAS", None),
        alt=("Santéo",),
        conf="confidential",
        tz=1,
        trap="refusal in the document's footer only",
        atts=(
            doc(
                "Santeo_contribution.pdf",
                "fr",
                [
                    "Santéo SAS - Contribution au Rapporteur spécial sur le droit à la vie privée",
                    "Santéo permet chaque mois à plus de 200 000 patients de consulter un médecin à distance. Les données des consultations sont hébergées chez un hébergeur certifié et chiffrées.",
                    "Nous décrivons en annexe nos mesures de sécurité et les incidents survenus en 2019, ainsi que nos échanges avec l'autorité de contrôle.",
                    "Nous soutenons une harmonisation européenne des règles de la téléconsultation.",
                ],
                footer="Document confidentiel - ne pas publier ni diffuser",
            ),
        ),
    )
    add(
        "priva-fr-fms",
        ("Fédération des mutuelles solidaires", "communication@fms.example.fr"),
        "Contribution FMS - mutuelles et données de santé",
        T("""
            Madame, Monsieur,

            La Fédération des mutuelles solidaires (FMS) vous adresse sa contribution.

            Cordialement,
            Véronique Masson
            Directrice des affaires publiques
            """),
        "fr",
        (PS, "Fédération des mutuelles solidaires", None),
        acr="FMS",
        tz=1,
        atts=(
            doc(
                "FMS_contribution.pdf",
                "fr",
                [
                    "Fédération des mutuelles solidaires - Contribution",
                    "Les mutuelles reçoivent de l'assurance maladie des informations de remboursement qui révèlent des actes et des traitements. Nos adhérentes s'engagent à ne pas les utiliser pour la sélection des risques.",
                    "Nous plaidons pour une interdiction légale de toute tarification fondée sur l'état de santé dans les contrats complémentaires.",
                ],
            ),
        ),
    )
    add(
        "union-fr-fship",
        ("Fédération syndicale des infirmiers de l'hôpital public", "bureau@fship.example.fr"),
        "Contribution de la FSIHP",
        T("""
            Madame, Monsieur,

            Veuillez trouver ci-jointe la contribution de la Fédération syndicale des
            infirmiers de l'hôpital public (FSIHP).

            Salutations syndicales,
            Nathalie Rivière
            Secrétaire générale
            """),
        "fr",
        (OTH, "Fédération syndicale des infirmiers de l'hôpital public", None),
        acr="FSIHP",
        tz=1,
        atts=(
            doc(
                "FSIHP_contribution.docx",
                "fr",
                [
                    "Fédération syndicale des infirmiers de l'hôpital public - Contribution",
                    "Les infirmiers partagent souvent un même poste informatique et une même session, faute de temps pour se connecter à chaque soin. Les traces d'accès ne reflètent donc pas qui a réellement consulté un dossier.",
                    "Quand une consultation abusive est découverte, ce sont les infirmiers qui sont sanctionnés, alors que l'organisation du travail est en cause.",
                    "Nous demandons des moyens d'authentification rapides et des effectifs suffisants pour respecter le secret professionnel.",
                ],
            ),
        ),
    )
    add(
        "union-fr-sts",
        ("Syndicat des travailleurs sociaux", "contact@sts-syndicat.example.fr"),
        "Contribution du Syndicat des travailleurs sociaux",
        T("""
            Bonjour,

            Le Syndicat des travailleurs sociaux vous envoie sa contribution.

            Bien à vous,
            Olivier Chevalier, secrétaire national
            """),
        "fr",
        (OTH, "Syndicat des travailleurs sociaux", None),
        tz=1,
        atts=(
            doc(
                "STS_contribution.pdf",
                "fr",
                [
                    "Syndicat des travailleurs sociaux - Contribution",
                    "Les travailleurs sociaux sont soumis au secret professionnel. Les dispositifs de partage d'informations entre services sociaux, police et éducation nationale les placent pourtant devant des injonctions contradictoires.",
                    "Les logiciels de suivi des personnes accompagnées comportent des champs libres où sont consignées des informations sur la santé, la vie familiale ou les addictions, accessibles à de nombreux partenaires.",
                    "Nous demandons que les personnes accompagnées puissent consulter ce qui est écrit sur elles.",
                ],
            ),
        ),
    )
    add(
        "indiv-fr-dumont",
        ("Claire Dumont", "claire.dumont62@laposte.net"),
        "Témoignage d'une patiente",
        T("""
            Bonjour,

            Je vous envoie mon témoignage. Vous pouvez l'utiliser et le publier, mais sans
            mon nom s'il vous plaît : je ne veux pas que mon employeur apprenne ma maladie.

            Merci,
            Claire Dumont
            """),
        "fr",
        (IND, "Claire Dumont", None),
        conf="publish",
        flags=("anonymous",),
        tz=1,
        atts=(
            doc(
                "temoignage.docx",
                "fr",
                [
                    "Témoignage",
                    "Je suis atteinte d'une sclérose en plaques depuis 2015. L'an dernier, j'ai reçu des publicités pour des traitements et des fauteuils, alors que je n'avais parlé de ma maladie qu'à mon médecin et à mon pharmacien.",
                    "J'ai demandé à plusieurs sites d'où venaient mes données. Personne n'a su me répondre. Je voudrais que les patients puissent savoir qui détient leurs données et les faire supprimer.",
                ],
                title="Témoignage d'une patiente",
            ),
        ),
    )
    add(
        "indiv-fr-benali",
        ("N. Benali", "lanceuse.alerte.sante@protonmail.com"),
        "Signalement - fuite de données d'un laboratoire d'analyses",
        T("""
            Monsieur le Rapporteur spécial,

            J'ai travaillé dans un groupe de laboratoires d'analyses médicales. Je vous
            transmets le document ci-joint, qui décrit une fuite de résultats d'analyses
            que la direction a choisi de ne pas signaler. Vous pouvez le publier et le
            citer, mais à condition que mon nom n'apparaisse nulle part.

            N. Benali
            """),
        "fr",
        (IND, "N. Benali", None),
        conf="publish",
        flags=("anonymous",),
        tz=1,
        atts=(
            doc(
                "signalement.pdf",
                "fr",
                [
                    "Signalement",
                    "En 2019, les résultats d'analyses de plusieurs milliers de patients, y compris des tests de dépistage du VIH et des tests de grossesse, sont restés accessibles sur internet pendant plusieurs semaines à cause d'un serveur mal configuré.",
                    "La direction a décidé de ne pas informer les patients ni l'autorité de contrôle. Les salariés qui ont posé des questions ont été invités à respecter la confidentialité de l'incident.",
                ],
                title="Signalement d'une lanceuse d'alerte",
            ),
        ),
    )
    add(
        "indiv-fr-lefevre",
        ("Antoine Lefèvre", "dr.lefevre@cabinet-medical.example.fr"),
        "Contribution d'un médecin généraliste",
        T("""
            Monsieur le Rapporteur spécial,

            Médecin généraliste en zone rurale depuis trente ans, je me permets de vous
            adresser quelques réflexions sur le secret médical à l'heure du numérique.

            Confraternellement,
            Dr Antoine Lefèvre
            """),
        "fr",
        (IND, "Antoine Lefèvre", None),
        alt=("Dr Antoine Lefèvre",),
        tz=1,
        atts=(
            doc(
                "contribution_Dr_Lefevre.docx",
                "fr",
                [
                    "Dr Antoine Lefèvre - Le secret médical à l'heure du numérique",
                    "Lorsque j'ai commencé, le dossier de mes patients tenait dans un tiroir fermé à clé. Aujourd'hui, il est hébergé par un éditeur de logiciel, synchronisé avec des plateformes de rendez-vous et transmis en partie à l'assurance maladie.",
                    "Mes patients me demandent souvent si ce qu'ils me disent restera confidentiel. Je ne peux plus le leur garantir avec la même certitude.",
                    "Je souhaite que les médecins puissent choisir des logiciels qui ne transmettent rien sans l'accord explicite du patient.",
                ],
            ),
        ),
    )
    add(
        "nots-fr-merci",
        ("Association Jeunes Aidants Ensemble", "contact@jeunesaidants.example.fr"),
        "RE: Accusé de réception - contribution",
        T("""
            Bonjour,

            Merci beaucoup pour votre accusé de réception et pour la prolongation de
            quelques jours que vous nous avez accordée. Nous sommes ravis que notre
            contribution ait bien été reçue.

            Belle journée,
            Camille Robin
            """),
        "fr",
        (None, None, None),
        kind="not_submission",
        tz=1,
        in_reply_to="<ack-20200306-1130.srprivacy@ohchr.example>",
        trap="a thank-you in a thread, no document",
    )
    add(
        "nots-fr-delai",
        ("Ibrahima Sow", "ibrahima.sow@asso-sante-dakar.example.sn"),
        "Question sur la date limite et la longueur des contributions",
        T("""
            Bonjour,

            Notre association souhaiterait répondre à l'appel du Rapporteur spécial sur la
            protection des données de santé. Pourriez-vous nous confirmer la date limite et
            nous dire s'il existe une limite de pages ? Est-il possible d'envoyer la
            contribution en français ?

            Merci d'avance,
            Ibrahima Sow
            """),
        "fr",
        (None, None, None),
        kind="not_submission",
        tz=0,
        trap="a question about the deadline and length",
    )


# ====================================================================== Spanish


def spanish() -> None:
    spanish_civil()
    spanish_others()


def spanish_civil() -> None:
    add(
        "civil-es-fdd",
        ("Fundación Datos y Derechos", "contacto@datosyderechos.example.org.ar"),
        "Aporte de la Fundación Datos y Derechos a la convocatoria del Relator Especial",
        T("""
            Estimado Relator Especial:

            La Fundación Datos y Derechos (FDD) le hace llegar su aporte. Autorizamos su
            publicación en el sitio web del ACNUDH.

            Atentamente,
            Valeria Sosa
            Directora Ejecutiva, FDD
            Buenos Aires
            """),
        "es",
        (CS, "Fundación Datos y Derechos", None),
        acr="FDD",
        conf="publish",
        tz=-3,
        atts=(
            doc(
                "FDD_aporte_datos_salud.pdf",
                "es",
                [
                    "Fundación Datos y Derechos - Aporte sobre datos de salud y protección social",
                    "Durante 2019, el Estado nacional cruzó las bases de datos de la seguridad social con registros de salud para revisar pensiones por invalidez. Miles de pensiones fueron suspendidas sin aviso previo, con el argumento de que los titulares no cumplían los requisitos médicos.",
                    "Las personas afectadas no pudieron saber qué datos se habían utilizado ni quién había tomado la decisión. Los criterios del cruce no fueron publicados.",
                    "Recomendamos que ningún cruce de datos pueda fundar por sí solo la suspensión de una prestación y que los criterios se publiquen.",
                ],
            ),
        ),
    )
    add(
        "civil-es-repac",
        ("Red de Pacientes Crónicos", "red.pacientes.cronicos@gmail.com"),
        "Aporte REPAC - consentimiento e historia clínica",
        T("""
            Buenas tardes:

            Adjuntamos el aporte de la Red de Pacientes Crónicos (REPAC) para el informe del
            Relator Especial sobre el derecho a la privacidad.

            Saludos cordiales,
            Marta Liliana Gómez
            Coordinadora nacional, REPAC
            Bogotá
            """),
        "es",
        (CS, "Red de Pacientes Crónicos", None),
        acr="REPAC",
        tz=-5,
        trap="consentimiento, confidencialidad y datos anonimizados como tema",
        atts=(
            doc(
                "REPAC_aporte.docx",
                "es",
                [
                    "Red de Pacientes Crónicos (REPAC) - Aporte",
                    "La historia clínica es reservada y solo puede conocerse con autorización del paciente. Sin embargo, las entidades promotoras de salud exigen a los pacientes firmar autorizaciones generales que permiten compartir sus datos con laboratorios, farmacias y aseguradoras.",
                    "Pacientes de nuestra red han recibido llamadas de empresas farmacéuticas que conocían su diagnóstico. Las entidades afirman que solo comparten datos anonimizados, pero no explican cómo.",
                    "Pedimos que el consentimiento sea específico para cada uso y que ningún dato de salud se publique o venda, ni siquiera en forma agregada.",
                ],
            ),
        ),
    )
    add(
        "civil-es-codis",
        ("CODIS", "secretaria@codis.example.org.pe"),
        "Aporte confidencial - Coalición por los Derechos de las Personas con Discapacidad",
        T("""
            Señoras y señores:

            La Coalición por los Derechos de las Personas con Discapacidad (CODIS) remite su
            aporte. Les pedimos que lo traten como confidencial y que no lo publiquen,
            porque incluye información sobre procesos judiciales en curso.

            Atentamente,
            Jorge Huamán
            Presidente de CODIS
            Lima
            """),
        "es",
        (CS, "Coalición por los Derechos de las Personas con Discapacidad", None),
        acr="CODIS",
        conf="confidential",
        tz=-5,
        atts=(
            doc(
                "CODIS_aporte.pdf",
                "es",
                [
                    "Coalición por los Derechos de las Personas con Discapacidad - Aporte",
                    "Para acceder a la pensión por discapacidad severa, las personas deben obtener un certificado que incluye diagnóstico, historia clínica y evaluación socioeconómica. La información queda registrada en una base de datos a la que acceden varias entidades públicas.",
                    "Hemos documentado casos en que el diagnóstico de una persona fue comunicado a su empleador y a la municipalidad sin su autorización.",
                    "Recomendamos limitar los accesos y notificar a las personas cada vez que se consulte su información.",
                ],
            ),
        ),
    )
    add(
        "civil-es-cdsbs",
        ("Consultorio de Derechos Sociales del Barrio Sur", "consultoriobarriosur@hotmail.com"),
        "Aporte para la convocatoria sobre datos de salud y protección social",
        T("""
            Estimados:

            Les enviamos nuestro aporte, basado en las consultas que atendemos cada semana.
            Pueden publicarlo, pero sin el nombre del consultorio, por favor: somos muy
            conocidos en el barrio y las familias de los casos podrían ser reconocidas.

            Un saludo,
            Consultorio de Derechos Sociales del Barrio Sur
            """),
        "es",
        (CS, "Consultorio de Derechos Sociales del Barrio Sur", None),
        conf="publish",
        flags=("anonymous",),
        tz=-3,
        atts=(
            doc(
                "aporte_consultorio.docx",
                "es",
                [
                    "Aporte sobre los datos de las familias que reciben asignaciones",
                    "Las familias que reciben asignaciones deben acreditar cada año los controles de salud y la escolaridad de sus hijos. Los certificados se cargan en una aplicación oficial que muchas familias no saben usar.",
                    "Cuando la aplicación falla, la asignación se suspende. Las familias acuden a nosotros y descubrimos que sus datos de salud fueron vistos por personas ajenas al trámite.",
                    "Pedimos una vía presencial y que los datos de salud de los niños no se compartan más allá de lo necesario.",
                ],
                title="Aporte al Relator Especial sobre el derecho a la privacidad",
            ),
        ),
    )
    add(
        "civil-es-cvd",
        ("Colectivo VIH y Derechos", "colectivovihyderechos@gmail.com"),
        "Colectivo VIH y Derechos - aporte",
        T("""
            Hola:

            Les compartimos el aporte del Colectivo VIH y Derechos para el informe del
            Relator Especial. Quedamos atentos a cualquier consulta.

            Saludos,
            Luis Alberto Cárdenas
            Colectivo VIH y Derechos, Guadalajara
            """),
        "es",
        (CS, "Colectivo VIH y Derechos", None),
        tz=-6,
        trap="'confidencialidad' y 'no debe divulgarse' se refieren al diagnóstico de los pacientes",
        atts=(
            doc(
                "aporte_colectivo_vih.pdf",
                "es",
                [
                    "Colectivo VIH y Derechos - Aporte sobre la confidencialidad del diagnóstico",
                    "El diagnóstico de VIH no debe divulgarse sin el consentimiento de la persona. En la práctica, los expedientes de las clínicas públicas se identifican con etiquetas de colores que permiten saber quién vive con VIH.",
                    "En 2019, una base de datos con los nombres de pacientes de un programa estatal quedó expuesta en internet. La filtración nunca fue notificada a las personas afectadas.",
                    "Pedimos que toda filtración sea notificada a los pacientes y que se sancione a los responsables.",
                ],
            ),
        ),
    )
    add(
        "civil-es-oap",
        ("Observatorio de Algoritmos Públicos", "info@algoritmospublicos.example.es"),
        "Aportación del OAP: algoritmos en los servicios sociales",
        T("""
            Estimado equipo del Relator Especial:

            Adjuntamos la aportación del Observatorio de Algoritmos Públicos (OAP). No
            tenemos inconveniente en que se publique junto con las demás.

            Un cordial saludo,
            Ignacio Ferrer
            Coordinador del OAP, Barcelona
            """),
        "es",
        (CS, "Observatorio de Algoritmos Públicos", None),
        acr="OAP",
        conf="publish",
        tz=1,
        atts=(
            doc(
                "OAP_aportacion.pdf",
                "es",
                [
                    "Observatorio de Algoritmos Públicos - Aportación sobre algoritmos en los servicios sociales",
                    "Varias administraciones utilizan programas informáticos para decidir quién recibe ayudas como el bono social de electricidad o para valorar el riesgo de violencia. El código de estos programas no se publica y las solicitudes de acceso han sido rechazadas por motivos de propiedad intelectual.",
                    "Personas que cumplían los requisitos vieron denegada la ayuda sin que nadie pudiera explicar por qué.",
                    "Recomendamos un registro público de algoritmos y el acceso al código de los sistemas que deciden sobre derechos sociales.",
                ],
            ),
        ),
    )
    add(
        "civil-es-rcsd",
        ("Red Ciudadana por la Salud Digital", "redciudadanasaluddigital@gmail.com"),
        "Aporte tardío - Red Ciudadana por la Salud Digital",
        T("""
            Estimados:

            Pedimos disculpas por el envío fuera de plazo; esperamos que aún puedan tener en
            cuenta nuestro aporte. Autorizamos su publicación.

            Cordialmente,
            Paula Andrade
            Red Ciudadana por la Salud Digital, Quito
            """),
        "es",
        (CS, "Red Ciudadana por la Salud Digital", None),
        conf="publish",
        tz=-5,
        received=after(18, 14, 22),
        atts=(
            doc(
                "aporte_RCSD.docx",
                "es",
                [
                    "Red Ciudadana por la Salud Digital - Aporte",
                    "La historia clínica electrónica única avanza sin una ley de protección de datos personales vigente. Los pacientes no conocen quién puede acceder a su información ni durante cuánto tiempo se conserva.",
                    "Pedimos la aprobación de una ley de protección de datos con reglas específicas para los datos de salud.",
                ],
            ),
        ),
    )
    inner = Spec(
        slug="priv-fwd-es-aussg-inner",
        frm=(
            "Asociación de Usuarios de la Seguridad Social",
            "usuarios.seguridadsocial.gt@yahoo.com",
        ),
        subject="Aporte para el Relator de privacidad",
        to="oficina.guatemala@ohchr.example",
        body=T("""
            Licenciada Morales:

            Como quedamos en el taller, le enviamos nuestro aporte para el Relator Especial
            sobre el derecho a la privacidad. Estamos de acuerdo en que se publique.

            Atentamente,
            Edgar Chávez
            Presidente, Asociación de Usuarios de la Seguridad Social
            """),
        lang="es",
        tz=-6,
        atts=[
            doc(
                "aporte_usuarios_seguridad_social.docx",
                "es",
                [
                    "Asociación de Usuarios de la Seguridad Social - Aporte",
                    "Los afiliados al seguro social deben presentar su documento de identidad y su número de afiliación en cada consulta. Los expedientes en papel se guardan en pasillos a los que cualquiera tiene acceso.",
                    "La digitalización en curso está a cargo de una empresa privada cuyo contrato no ha sido publicado.",
                    "Pedimos que se informe a los afiliados sobre quién manejará sus datos.",
                ],
            ),
        ],
    )
    add(
        "fwd-es-aussg",
        ("Claudia Morales", "oficina.guatemala@ohchr.example"),
        "RV: Aporte para el Relator de privacidad",
        T("""
            Estimados colegas:

            Les reenvío el aporte que nos hizo llegar la Asociación de Usuarios de la
            Seguridad Social después del taller en Ciudad de Guatemala, para que se
            registre en la convocatoria.

            Saludos,
            Claudia Morales
            Oficial de Derechos Humanos, Oficina del ACNUDH en Guatemala
            """),
        "es",
        (CS, "Asociación de Usuarios de la Seguridad Social", None),
        conf="publish",
        flags=("forwarded",),
        tz=-6,
        inner=inner,
        trap="forwarded by a field office as an attached message",
    )
    add(
        "joint-es-aldis",
        ("Alianza Latinoamericana por los Datos de Salud", "alianza@aldis.example.org"),
        "Aporte conjunto - Alianza Latinoamericana por los Datos de Salud y otras cuatro organizaciones",
        T("""
            Estimado Relator Especial:

            Remitimos el aporte conjunto de la Alianza Latinoamericana por los Datos de
            Salud, la Fundación Privacidad y Salud, el Centro de Estudios sobre Protección
            Social, Mujeres en Red por la Salud y la Asociación de Usuarios de Telemedicina.
            Las cinco organizaciones autorizamos su publicación.

            Saludos cordiales,
            Gabriela Ríos
            Coordinadora, Alianza Latinoamericana por los Datos de Salud
            """),
        "es",
        (CS, "Alianza Latinoamericana por los Datos de Salud and 4 others", None),
        alt=(
            "Alianza Latinoamericana por los Datos de Salud y otras cuatro organizaciones",
            "Alianza Latinoamericana por los Datos de Salud, Fundación Privacidad y Salud, Centro de Estudios sobre Protección Social, Mujeres en Red por la Salud y Asociación de Usuarios de Telemedicina",
        ),
        conf="publish",
        tz=-5,
        atts=(
            doc(
                "aporte_conjunto_ALDIS.pdf",
                "es",
                [
                    "Aporte conjunto de la Alianza Latinoamericana por los Datos de Salud, la Fundación Privacidad y Salud, el Centro de Estudios sobre Protección Social, Mujeres en Red por la Salud y la Asociación de Usuarios de Telemedicina",
                    "En la región, los programas de transferencias condicionadas exigen controles de salud periódicos, cuyos resultados se registran en sistemas compartidos entre ministerios. Las familias no son informadas de este intercambio.",
                    "Las aplicaciones de telemedicina que se multiplican en la región suelen compartir datos con terceros sin informar a los usuarios.",
                    "Recomendamos leyes de protección de datos con autoridades independientes y reglas específicas para la salud y la protección social.",
                ],
            ),
        ),
    )
    add(
        "civil-es-csya",
        ("Colectiva Salud y Autonomía", "colectivasaludyautonomia@riseup.net"),
        "Aporte - por favor publicar sin nuestro nombre",
        T("""
            Hola:

            Les mandamos nuestro aporte sobre datos de salud reproductiva. Pueden
            publicarlo, pero les pedimos que sea de forma anónima, sin el nombre de la
            colectiva: acompañamos a mujeres en situaciones de riesgo y ya hemos recibido
            amenazas.

            Gracias,
            Colectiva Salud y Autonomía
            """),
        "es",
        (CS, "Colectiva Salud y Autonomía", None),
        conf="publish",
        flags=("anonymous",),
        tz=-6,
        atts=(
            doc(
                "aporte_salud_reproductiva.pdf",
                "es",
                [
                    "Aporte sobre los datos de salud reproductiva",
                    "Mujeres atendidas en hospitales públicos por complicaciones obstétricas han sido denunciadas por el propio personal de salud, que compartió su historia clínica con la fiscalía sin orden judicial.",
                    "Las aplicaciones de seguimiento del ciclo menstrual almacenan datos que podrían utilizarse en su contra.",
                    "Pedimos que el secreto profesional se respete siempre en la atención de salud reproductiva.",
                ],
                title="Aporte al Relator Especial sobre el derecho a la privacidad",
            ),
        ),
    )
    add(
        "civil-es-fds",
        ("Fundación Derecho a la Salud", "fundacion@derechoalasalud.example.org.co"),
        "Aporte de la Fundación Derecho a la Salud y anexo reservado",
        T("""
            Señor Relator Especial:

            La Fundación Derecho a la Salud envía su aporte y un anexo con testimonios. El
            aporte puede publicarse. El anexo, en cambio, es reservado: contiene datos de
            pacientes que solo aceptaron compartirlos con usted, por lo que les rogamos no
            publicarlo.

            Atentamente,
            Camilo Restrepo
            Director, Fundación Derecho a la Salud
            """),
        "es",
        (CS, "Fundación Derecho a la Salud", None),
        conf="confidential",
        flags=("partial_confidential",),
        tz=-5,
        trap="only the annex of testimonies withheld: confidential + partial_confidential",
        atts=(
            doc(
                "FDS_aporte.pdf",
                "es",
                [
                    "Fundación Derecho a la Salud - Aporte",
                    "Las acciones de tutela en salud obligan a los pacientes a exponer su diagnóstico ante los jueces, y las sentencias se publican a menudo con el nombre completo del paciente.",
                    "Recomendamos anonimizar sistemáticamente las sentencias de salud antes de su publicación.",
                ],
            ),
            docx_file(
                "FDS_anexo_testimonios.docx",
                "es",
                [
                    "Anexo: testimonios",
                    "Testimonio 1. Una mujer con cáncer de mama descubrió que su sentencia de tutela aparecía en buscadores de internet con su nombre y diagnóstico.",
                ],
                title="Fundación Derecho a la Salud - Anexo",
            ),
        ),
    )
    add(
        "civil-es-cdchile",
        ("Ciudadanía Digital Chile", "contacto@ciudadaniadigital.example.cl"),
        f"RE: {CALL_SUBJECT}",
        T("""
            Estimados:

            En respuesta a su convocatoria, adjuntamos el aporte de Ciudadanía Digital
            Chile sobre el Registro Social de Hogares.

            Saludos,
            Francisca Muñoz
            Directora de Políticas Públicas

            El lun, 27 ene 2020 a las 09:14, SR Privacy (OHCHR) <srprivacy@ohchr.example> escribió:
            > Dear colleagues,
            > The Special Rapporteur on the right to privacy invites States, civil society
            > and other stakeholders to send inputs for his report to the Human Rights
            > Council, by 17 March 2020.
            """),
        "es",
        (CS, "Ciudadanía Digital Chile", None),
        tz=-3,
        in_reply_to=CALL_ID,
        atts=(
            doc(
                "CDChile_aporte_RSH.pdf",
                "es",
                [
                    "Ciudadanía Digital Chile - Aporte sobre el Registro Social de Hogares",
                    "El Registro Social de Hogares reúne datos administrativos de ingresos, salud, educación y vivienda de millones de personas para calificar su vulnerabilidad. Las personas no pueden saber con precisión cómo se calcula su calificación.",
                    "Recomendamos publicar la metodología completa y permitir que cada hogar conozca los datos que se usaron para calificarlo.",
                ],
            ),
        ),
    )
    add(
        "civil-es-fspt",
        ("Fundación Salud Pública y Transparencia", "comunicaciones@fspt.example.org.pe"),
        "Aporte FSPT",
        T("""
            Estimados señores:

            Adjunto el aporte de la Fundación Salud Pública y Transparencia.

            Atentamente,
            Rocío Paredes
            Investigadora principal
            Fundación Salud Pública y Transparencia

            --
            AVISO DE CONFIDENCIALIDAD: Este correo y sus anexos pueden contener información
            confidencial y están dirigidos solo a su destinatario. Si usted no es el
            destinatario, le informamos que está prohibida su divulgación o copia. Si lo
            recibió por error, notifíquelo al remitente y elimínelo.
            """),
        "es",
        (CS, "Fundación Salud Pública y Transparencia", None),
        flags=("disclaimer",),
        tz=-5,
        atts=(
            doc(
                "FSPT_aporte.pdf",
                "es",
                [
                    "Fundación Salud Pública y Transparencia - Aporte",
                    "Durante la implementación de la historia clínica electrónica, varios hospitales contrataron proveedores sin exigir estándares de seguridad. Un proveedor dejó expuesta una base con datos de pacientes durante meses.",
                    "Recomendamos que el Ministerio de Salud publique las filtraciones ocurridas y las medidas adoptadas.",
                ],
            ),
        ),
    )
    add(
        "civil-es-fapr",
        ("Federación de Asociaciones de Pacientes Renales", "federacion@fapr.example.es"),
        "Aportación FAPR (pendiente de autorización para su publicación)",
        T("""
            Estimados señores:

            Les remitimos la aportación de la Federación de Asociaciones de Pacientes
            Renales. Nuestra junta directiva todavía no ha decidido si puede hacerse
            pública; se reunirá a finales de marzo y les comunicaremos su decisión.

            Un saludo,
            Pilar Navarro
            Secretaria técnica, FAPR
            """),
        "es",
        (CS, "Federación de Asociaciones de Pacientes Renales", None),
        acr="FAPR",
        conf="unclear",
        tz=1,
        trap="publication pending a board's decision",
        atts=(
            doc(
                "FAPR_aportacion.docx",
                "es",
                [
                    "Federación de Asociaciones de Pacientes Renales (FAPR) - Aportación",
                    "Los pacientes en diálisis y trasplantados comparten datos con numerosos servicios: hospital, centro de diálisis, transporte sanitario y registros de trasplante. Muchos desconocen que sus datos se incorporan a registros nacionales.",
                    "Pedimos información clara y accesible sobre los registros y sobre el derecho de oposición.",
                ],
            ),
        ),
    )


def spanish_others() -> None:
    add(
        "acade-es-cjp",
        ("Clínica Jurídica de Privacidad", "clinica.privacidad@uvc.example.edu.mx"),
        "Aporte de la Clínica Jurídica de Privacidad, Universidad del Valle Central",
        T("""
            Estimado Relator Especial:

            La Clínica Jurídica de Privacidad de la Universidad del Valle Central presenta
            el aporte adjunto, elaborado por sus estudiantes. Autorizamos su publicación.

            Atentamente,
            Dra. Mariana Esquivel
            Coordinadora de la Clínica Jurídica de Privacidad
            Universidad del Valle Central
            """),
        "es",
        (AC, "Clínica Jurídica de Privacidad, Universidad del Valle Central", None),
        alt=("Clínica Jurídica de Privacidad de la Universidad del Valle Central",),
        conf="publish",
        tz=-6,
        atts=(
            doc(
                "CJP_UVC_aporte.pdf",
                "es",
                [
                    "Clínica Jurídica de Privacidad, Universidad del Valle Central - Aporte",
                    "Los programas sociales federales integran un padrón único de beneficiarios con datos de salud, discapacidad y pertenencia étnica. El padrón se publica en formato abierto con nombres y localidades, en nombre de la transparencia.",
                    "La publicación de nombres de beneficiarios de programas para personas con discapacidad revela indirectamente información de salud.",
                    "Recomendamos que los padrones abiertos no incluyan nombres cuando el programa revele una condición de salud.",
                ],
            ),
        ),
    )
    add(
        "acade-es-gibd",
        ("Grupo de Investigación en Bioética y Datos", "gibd@usal.example.es"),
        "Aportación del Grupo de Investigación en Bioética y Datos (Universidad de Salamanca)",
        T("""
            Estimados señores:

            Adjuntamos la aportación del Grupo de Investigación en Bioética y Datos de la
            Universidad de Salamanca a la convocatoria del Relator Especial.

            Un cordial saludo,
            Prof. Álvaro Sánchez Rey
            Investigador principal
            """),
        "es",
        (AC, "Grupo de Investigación en Bioética y Datos, Universidad de Salamanca", None),
        alt=("Grupo de Investigación en Bioética y Datos de la Universidad de Salamanca",),
        tz=1,
        trap="seudonimización, anonimización y consentimiento como tema",
        atts=(
            doc(
                "GIBD_USAL_aportacion.pdf",
                "es",
                [
                    "Grupo de Investigación en Bioética y Datos, Universidad de Salamanca - Aportación",
                    "La legislación permite reutilizar datos de salud seudonimizados para investigación sin nuevo consentimiento, siempre que exista separación técnica y funcional entre el equipo investigador y quien seudonimiza. En la práctica, los comités de ética no siempre verifican esa separación.",
                    "Los datos seudonimizados siguen siendo datos personales. Presentarlos como anónimos a los pacientes es engañoso.",
                    "Recomendamos que los comités publiquen las autorizaciones de reutilización de datos de salud.",
                ],
            ),
        ),
    )
    add(
        "state-es-mex",
        ("Misión Permanente de México", "mexicoginebra@sre.example.gob.mx"),
        "Nota verbal - Contribución de México - Relator Especial sobre el derecho a la privacidad",
        T("""
            Estimados colegas:

            Se adjunta la nota verbal de la Misión Permanente de México ante la Oficina de
            las Naciones Unidas en Ginebra, con la contribución del Gobierno de México.

            Saludos cordiales,
            Misión Permanente de México en Ginebra
            """),
        "es",
        (MS, "Mexico", "MEX"),
        alt=("México", "Estados Unidos Mexicanos", "United Mexican States"),
        tz=1,
        atts=(
            doc(
                "MEX_NV_contribucion_privacidad.pdf",
                "es",
                [
                    "La Misión Permanente de México ante la Oficina de las Naciones Unidas y otros Organismos Internacionales con sede en Ginebra saluda atentamente a la Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos y, en atención a la convocatoria del Relator Especial sobre el derecho a la privacidad, tiene el honor de remitir la siguiente información.",
                    "La Ley General de Protección de Datos Personales en Posesión de Sujetos Obligados considera sensibles los datos relativos al estado de salud. El Instituto Nacional de Transparencia, Acceso a la Información y Protección de Datos Personales supervisa su cumplimiento.",
                    "La Misión Permanente de México hace propicia la ocasión para reiterar a la Oficina del Alto Comisionado las seguridades de su más alta y distinguida consideración.",
                ],
                title="Nota verbal",
            ),
        ),
    )
    add(
        "state-es-col",
        (
            "Ministerio de Salud y Protección Social",
            "asuntosinternacionales@minsalud.example.gov.co",
        ),
        "Contribución de Colombia - Ministerio de Salud y Protección Social",
        T("""
            Señor Relator Especial:

            El Ministerio de Salud y Protección Social de la República de Colombia remite su
            contribución y autoriza su publicación en la página web del ACNUDH.

            Cordialmente,
            Oficina de Cooperación y Relaciones Internacionales
            Ministerio de Salud y Protección Social, Bogotá
            """),
        "es",
        (MS, "Colombia", "COL"),
        alt=("República de Colombia", "Republic of Colombia"),
        conf="publish",
        tz=-5,
        atts=(
            doc(
                "Colombia_MSPS_contribucion.pdf",
                "es",
                [
                    "República de Colombia - Ministerio de Salud y Protección Social - Contribución",
                    "La Ley 2015 de 2020 crea la historia clínica electrónica interoperable, que permitirá el intercambio de información entre prestadores en todo el país, con el consentimiento del paciente y bajo la reserva legal de la historia clínica.",
                    "El Sistema de Identificación de Potenciales Beneficiarios de Programas Sociales (SISBÉN) se encuentra en transición a su cuarta versión, con cruces de información de distintas entidades.",
                ],
            ),
        ),
    )
    add(
        "state-es-arg",
        ("Misión Argentina Ginebra", "eoirg@cancilleria.example.gob.ar"),
        "Respuesta de Argentina - convocatoria del Relator Especial sobre privacidad",
        T("""
            Estimados:

            La Misión Permanente de la República Argentina remite adjunta la respuesta de
            las autoridades argentinas. Se solicita que la información no sea publicada en
            el sitio web, ya que se trata de datos preliminares de uso interno.

            Saludos,
            Misión Permanente de la República Argentina ante los Organismos Internacionales en Ginebra
            """),
        "es",
        (MS, "Argentina", "ARG"),
        alt=("República Argentina", "Argentine Republic"),
        conf="confidential",
        tz=1,
        atts=(
            doc(
                "Argentina_respuesta.pdf",
                "es",
                [
                    "República Argentina - Respuesta a la convocatoria del Relator Especial sobre el derecho a la privacidad",
                    "La Ley 25.326 de Protección de los Datos Personales considera sensibles los datos referidos a la salud. La Agencia de Acceso a la Información Pública es la autoridad de aplicación.",
                    "Se encuentra en elaboración un proyecto de ley que actualiza el régimen de protección de datos personales y refuerza las garantías para los datos de salud.",
                ],
            ),
        ),
    )
    add(
        "state-es-per",
        ("Representación Permanente del Perú", "onuginebra@rree.example.gob.pe"),
        "Nota - Perú - aporte a la convocatoria sobre datos de salud y protección social",
        T("""
            Estimados señores:

            La Representación Permanente del Perú ante la Oficina de las Naciones Unidas en
            Ginebra remite adjunta la nota con el aporte del Estado peruano.

            Atentamente,
            Representación Permanente del Perú, Ginebra
            """),
        "es",
        (MS, "Peru", "PER"),
        alt=("Perú", "República del Perú", "Republic of Peru"),
        tz=1,
        atts=(
            doc(
                "Peru_nota_aporte.pdf",
                "es",
                [
                    "La Representación Permanente del Perú ante la Oficina de las Naciones Unidas y otros Organismos Internacionales con sede en Ginebra saluda atentamente a la Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos y tiene a honra remitir el aporte del Estado peruano.",
                    "El Registro Nacional de Historias Clínicas Electrónicas se rige por la Ley 30024. El acceso a la historia clínica requiere el consentimiento del paciente, salvo las excepciones previstas en la ley.",
                    "El Padrón General de Hogares, utilizado para la focalización de programas sociales, se sujeta a la Ley de Protección de Datos Personales.",
                ],
                title="Nota",
            ),
        ),
    )
    add(
        "other-es-aepd",
        ("AEPD Internacional", "internacional@aepd.example.es"),
        "Aportación de la Agencia Española de Protección de Datos",
        T("""
            Estimado Relator Especial:

            La Agencia Española de Protección de Datos (AEPD) le remite su aportación a la
            convocatoria. La AEPD no tiene inconveniente en que se haga pública.

            Atentamente,
            Lucía Herrero
            Subdirección General de Relaciones Internacionales, AEPD
            """),
        "es",
        (OTH, "Agencia Española de Protección de Datos", None),
        acr="AEPD",
        conf="publish",
        tz=1,
        trap="an independent data-protection authority writing in its own name: other",
        atts=(
            doc(
                "AEPD_aportacion.pdf",
                "es",
                [
                    "Agencia Española de Protección de Datos - Aportación",
                    "El sector sanitario es uno de los que más notificaciones de brechas de seguridad presenta ante la Agencia. Entre las causas más frecuentes figuran el envío de documentación a destinatarios erróneos y los accesos indebidos de profesionales a historias clínicas.",
                    "La Agencia ha sancionado a centros sanitarios por no disponer de registros de acceso adecuados y ha recordado que el paciente tiene derecho a conocer quién ha accedido a su historia clínica.",
                ],
            ),
        ),
    )
    add(
        "nhri-es-dpcol",
        ("Defensoría del Pueblo Colombia", "asuntosinternacionales@defensoria.example.gov.co"),
        "Aporte de la Defensoría del Pueblo de Colombia",
        T("""
            Señor Relator Especial:

            La Defensoría del Pueblo de Colombia remite su aporte y autoriza su publicación.

            Atentamente,
            Andrea Castillo
            Delegada para los Derechos Económicos, Sociales y Culturales
            Defensoría del Pueblo de Colombia
            """),
        "es",
        (NHRI, "Defensoría del Pueblo de Colombia", "COL"),
        alt=("Defensoría del Pueblo",),
        conf="publish",
        tz=-5,
        atts=(
            doc(
                "Defensoria_Colombia_aporte.pdf",
                "es",
                [
                    "Defensoría del Pueblo de Colombia - Aporte",
                    "La Defensoría recibe numerosas quejas por la negación de servicios de salud y por errores en la clasificación del SISBÉN que excluyen a las personas de los subsidios.",
                    "Se han documentado casos de divulgación del diagnóstico de personas migrantes venezolanas en centros de atención.",
                    "La Defensoría recomienda reforzar la formación del personal de salud en reserva de la historia clínica.",
                ],
            ),
        ),
    )
    add(
        "nhri-es-cndh",
        ("CNDH México", "relaciones.internacionales@cndh.example.org.mx"),
        "Contribución de la Comisión Nacional de los Derechos Humanos",
        T("""
            Estimado Relator Especial:

            Por instrucciones de la Presidencia, se remite la contribución de la Comisión
            Nacional de los Derechos Humanos (CNDH) de México.

            Atentamente,
            Dirección General de Asuntos Internacionales, CNDH
            """),
        "es",
        (NHRI, "Comisión Nacional de los Derechos Humanos", "MEX"),
        acr="CNDH",
        alt=("Comisión Nacional de los Derechos Humanos de México",),
        tz=-6,
        atts=(
            doc(
                "CNDH_contribucion.pdf",
                "es",
                [
                    "Comisión Nacional de los Derechos Humanos - Contribución",
                    "La CNDH ha emitido recomendaciones por la divulgación de datos de salud de personas que viven con VIH en instituciones públicas de salud.",
                    "La Comisión observa que los expedientes clínicos en papel conviven con sistemas electrónicos sin controles de acceso homogéneos.",
                    "La CNDH recomienda una norma oficial actualizada sobre el expediente clínico electrónico.",
                ],
            ),
        ),
    )
    add(
        "nhri-es-dpesp",
        ("Defensor del Pueblo", "registro@defensordelpueblo.example.es"),
        "Contribución del Defensor del Pueblo de España",
        T("""
            Estimados señores:

            Se adjunta la contribución del Defensor del Pueblo de España a la convocatoria
            del Relator Especial sobre el derecho a la privacidad.

            Atentamente,
            Gabinete del Defensor del Pueblo
            Madrid
            """),
        "es",
        (NHRI, "Defensor del Pueblo", "ESP"),
        alt=("Defensor del Pueblo de España",),
        tz=1,
        atts=(
            doc(
                "Defensor_Pueblo_contribucion.pdf",
                "es",
                [
                    "Defensor del Pueblo - Contribución",
                    "El Defensor del Pueblo ha tramitado quejas relativas al ingreso mínimo y a las pensiones no contributivas, en las que los ciudadanos desconocían qué datos se habían cruzado para denegar la prestación.",
                    "También ha recibido quejas por el acceso indebido de profesionales sanitarios a historias clínicas de familiares y vecinos.",
                ],
            ),
        ),
    )
    add(
        "io-es-ops",
        ("OPS Sistemas de Información para la Salud", "is4h@paho.example.org"),
        "Aporte de la Organización Panamericana de la Salud",
        T("""
            Estimado Relator Especial:

            La Organización Panamericana de la Salud (OPS) agradece la invitación y remite
            su aporte, que puede publicarse.

            Saludos cordiales,
            Dr. Ricardo Almeida
            Asesor, Sistemas de Información para la Salud
            Organización Panamericana de la Salud, Washington, D.C.
            """),
        "es",
        (IO, "Organización Panamericana de la Salud", None),
        acr="OPS",
        alt=("Pan American Health Organization", "Pan American Health Organization (PAHO)"),
        conf="publish",
        tz=-5,
        atts=(
            doc(
                "OPS_aporte.pdf",
                "es",
                [
                    "Organización Panamericana de la Salud - Aporte",
                    "La iniciativa de Sistemas de Información para la Salud apoya a los países de las Américas en la transformación digital de la salud, incluida la protección y la seguridad de los datos.",
                    "Muchos países de la región carecen todavía de marcos normativos específicos para los datos de salud y de autoridades de protección de datos con recursos suficientes.",
                ],
            ),
        ),
    )
    add(
        "priva-es-sda",
        ("SaludDigital Andina", "legal@saluddigitalandina.example.com.co"),
        "SaludDigital Andina S.A.S. - aporte (confidencial)",
        T("""
            Estimados señores:

            SaludDigital Andina S.A.S., proveedora de software de historia clínica,
            comparte el documento adjunto con carácter estrictamente confidencial. Contiene
            información comercial reservada y les solicitamos que no sea publicado.

            Cordialmente,
            Santiago Mejía
            Gerente Jurídico
            """),
        "es",
        (PS, "SaludDigital Andina S.A.S.", None),
        alt=("SaludDigital Andina",),
        conf="confidential",
        tz=-5,
        atts=(
            doc(
                "SDA_aporte.pdf",
                "es",
                [
                    "SaludDigital Andina S.A.S. - Aporte",
                    "Nuestra plataforma gestiona la historia clínica de más de 150 instituciones de salud en tres países. Describimos nuestras medidas de cifrado, registro de accesos y gestión de incidentes.",
                    "Apoyamos estándares regionales de interoperabilidad y seguridad.",
                ],
            ),
        ),
    )
    add(
        "priva-es-casp",
        ("Cámara de Aseguradoras de Salud Privada", "gerencia@casp.example.cl"),
        "Aporte de la Cámara de Aseguradoras de Salud Privada",
        T("""
            Estimado Relator Especial:

            La Cámara de Aseguradoras de Salud Privada (CASP) remite el aporte adjunto a la
            convocatoria sobre datos de salud y protección social.

            Atentamente,
            Rodrigo Fuentes
            Gerente General, CASP
            """),
        "es",
        (PS, "Cámara de Aseguradoras de Salud Privada", None),
        acr="CASP",
        tz=-3,
        trap="consentimiento y confidencialidad de los datos de los afiliados como tema",
        atts=(
            doc(
                "CASP_aporte.pdf",
                "es",
                [
                    "Cámara de Aseguradoras de Salud Privada - Aporte",
                    "Las aseguradoras asociadas tratan datos de salud de sus afiliados con su consentimiento expreso y los mantienen bajo estricta confidencialidad. Los datos sensibles no se publican ni se ceden a terceros con fines comerciales.",
                    "Los datos se comparten de forma anonimizada con la autoridad sanitaria para fines estadísticos.",
                ],
            ),
        ),
    )
    add(
        "union-es-sesp",
        ("Sindicato de Enfermería del Sistema Público", "secretaria@sesp.example.org.uy"),
        "Aporte del Sindicato de Enfermería del Sistema Público",
        T("""
            Estimados:

            El Sindicato de Enfermería del Sistema Público (SESP) envía su aporte para el
            informe del Relator Especial.

            Saludos fraternos,
            Ana Laura Pereyra
            Secretaria General, SESP
            Montevideo
            """),
        "es",
        (OTH, "Sindicato de Enfermería del Sistema Público", None),
        acr="SESP",
        tz=-3,
        atts=(
            doc(
                "SESP_aporte.docx",
                "es",
                [
                    "Sindicato de Enfermería del Sistema Público - Aporte",
                    "El personal de enfermería registra a diario datos sensibles de los pacientes. La falta de equipos obliga a compartir usuarios y contraseñas, lo que impide saber quién accedió a cada historia.",
                    "Pedimos equipos suficientes y formación en protección de datos para todo el personal.",
                ],
            ),
        ),
    )
    add(
        "union-es-cpts",
        ("Colegio Profesional de Trabajo Social", "junta@cpts.example.es"),
        "Aportación del Colegio Profesional de Trabajo Social",
        T("""
            Estimados señores:

            Adjuntamos la aportación del Colegio Profesional de Trabajo Social.

            Un saludo,
            Marta Iglesias
            Vocal de la Junta de Gobierno
            """),
        "es",
        (OTH, "Colegio Profesional de Trabajo Social", None),
        conf="confidential",
        tz=1,
        trap="refusal on the document's last page only",
        atts=(
            doc(
                "CPTS_aportacion.pdf",
                "es",
                [
                    "Colegio Profesional de Trabajo Social - Aportación",
                    "Las trabajadoras y trabajadores sociales registran en la historia social información sobre salud, violencia y situación familiar. Estas historias se comparten cada vez más entre administraciones mediante plataformas digitales.",
                    "Recomendamos que la historia social tenga la misma protección que la historia clínica.",
                    "Este documento se remite con carácter confidencial para uso exclusivo del Relator Especial y no debe publicarse.",
                ],
                breaks=(2,),
            ),
        ),
    )
    add(
        "indiv-es-quispe",
        ("Rosa María Quispe", "rosamaria.quispe@hotmail.com"),
        "Mi testimonio para el Relator Especial",
        T("""
            Señor Relator:

            Le envío mi testimonio como paciente. Pueden publicarlo, pero sin mi nombre,
            por favor, porque en mi comunidad todos se conocen.

            Gracias,
            Rosa María Quispe
            """),
        "es",
        (IND, "Rosa María Quispe", None),
        conf="publish",
        flags=("anonymous",),
        tz=-5,
        atts=(
            doc(
                "testimonio.docx",
                "es",
                [
                    "Testimonio",
                    "Me diagnosticaron tuberculosis en 2018. En el centro de salud, mi nombre y mi enfermedad aparecían en una lista pegada en la pared. Mis vecinos se enteraron y dejaron de hablarme.",
                    "Quisiera que a otros pacientes no les pase lo mismo y que sus datos se cuiden.",
                ],
                title="Testimonio de una paciente",
            ),
        ),
    )
    add(
        "indiv-es-villalobos",
        ("Andrés Villalobos", "dr.avillalobos@gmail.com"),
        "Aporte de un médico de atención primaria",
        T("""
            Estimado Relator Especial:

            Soy médico de atención primaria en Costa Rica. Le comparto algunas reflexiones
            sobre el expediente digital y la confidencialidad. Puede publicarlas con mi
            nombre.

            Atentamente,
            Dr. Andrés Villalobos
            """),
        "es",
        (IND, "Andrés Villalobos", None),
        alt=("Dr. Andrés Villalobos",),
        conf="publish",
        tz=-6,
        atts=(
            doc(
                "aporte_Villalobos.pdf",
                "es",
                [
                    "Dr. Andrés Villalobos - Reflexiones sobre el expediente digital",
                    "El expediente digital único ha mejorado la continuidad de la atención, pero también permite que cualquier funcionario con acceso consulte la información de un paciente de otra región.",
                    "He visto casos de curiosidad indebida sobre pacientes conocidos. Los controles existen, pero rara vez se revisan.",
                ],
            ),
        ),
    )
    add(
        "civil-es-mpusm",
        ("Movimiento de Personas Usuarias de Salud Mental", "mpusm.contacto@gmail.com"),
        "Aporte (enviado fuera de plazo)",
        T("""
            Estimados:

            Sabemos que el plazo terminó el 17 de marzo, pero la emergencia sanitaria nos
            impidió terminar antes. Adjuntamos nuestro aporte por si todavía es posible
            considerarlo.

            Saludos,
            Movimiento de Personas Usuarias de Salud Mental
            """),
        "es",
        (CS, "Movimiento de Personas Usuarias de Salud Mental", None),
        tz=-3,
        received=after(20, 13, 2),
        atts=(
            doc(
                "aporte_MPUSM.pdf",
                "es",
                [
                    "Movimiento de Personas Usuarias de Salud Mental - Aporte",
                    "Los diagnósticos psiquiátricos se comparten con empleadores y con los sistemas de pensiones, y acompañan a las personas durante toda su vida.",
                    "Pedimos que las personas usuarias puedan pedir la supresión de diagnósticos antiguos y que ningún diagnóstico sea requisito para un empleo.",
                ],
            ),
        ),
    )
    add(
        "nots-es-boletin",
        ("Boletín Privacidad y Salud", "boletin@privacidadysalud.example.org"),
        "Boletín Privacidad y Salud - marzo 2020",
        T("""
            Boletín Privacidad y Salud - Número 34, marzo de 2020

            En este número: nuevas leyes de protección de datos en la región; la historia
            clínica electrónica en tiempos de emergencia sanitaria; entrevista con una
            experta en anonimización; agenda de eventos y convocatorias abiertas, incluida
            la del Relator Especial sobre el derecho a la privacidad.

            Para darse de baja de este boletín, responda con la palabra BAJA.
            """),
        "es",
        (None, None, None),
        kind="not_submission",
        tz=-5,
        trap="a newsletter that mentions the call",
    )
    add(
        "nots-es-queja",
        ("Héctor Ramírez", "hector.ramirez.v@gmail.com"),
        "Solicito su intervención - divulgación de mi historia clínica",
        T("""
            Señor Relator Especial:

            Me dirijo a usted porque el hospital donde me atendí entregó mi historia
            clínica a la empresa donde trabajaba, sin mi autorización, y fui despedido. He
            presentado quejas ante el hospital y ante la autoridad de datos, sin respuesta.

            Le pido que intervenga ante el Gobierno para que se investigue mi caso y se me
            repare. Puedo enviarle todos los documentos.

            Atentamente,
            Héctor Ramírez
            """),
        "es",
        (None, None, None),
        kind="not_submission",
        tz=-6,
        trap="a personal complaint asking the Rapporteur to act on one case",
    )
