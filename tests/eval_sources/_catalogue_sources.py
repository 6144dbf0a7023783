# ruff: noqa: E501
"""The messages of one season of the mailbox of the Special Rapporteur on freedom of expression.

The call (invented): inputs for a report to the General Assembly on "Journalists' sources,
whistle-blowers and leaks: protecting confidential information and those who disclose it",
deadline 17 March 2020. Each message was written by hand, greeting to signature, about a
third each in English, French and Spanish: press-freedom groups, journalists' unions,
media-law clinics and anti-corruption groups (invented, most with acronyms), university
centres and journalism schools, States (notes verbales, ministries, a press regulator's input
sent by its ministry), national human rights institutions and intergovernmental bodies under
their real names (their staff invented), publishers, broadcasters and a platform,
individuals (journalists, a whistle-blower, lawyers, editors), joint submissions and a
tribute to a murdered journalist written by her colleagues.

The topic's own words are the words submitters use about publication: confidential
sources, anonymous whistle-blowers, journalists ordered to disclose, leaks published or
withheld, embargoes, court orders not to publish, names withheld. Each label says what the
sender asks about the submission itself, not what the document says about sources and
leaks. Most say nothing about publication; many consent in their own words; some refuse,
in the body, a cover note, a footer or a last page; some ask to be published without their
name; a few keep an annex back, set an embargo or wait for someone's approval. Seven
messages are not submissions; a few submissions arrive after the deadline, a few are
replies in a thread or forwarded by a colleague.
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

SR = "freedex@ohchr.example"
SR_NAME = "SR Freedom of Expression (OHCHR)"

TITLE = {
    "en": "Input to the call of the Special Rapporteur on freedom of opinion and expression: "
    "journalists' sources, whistle-blowers and leaks",
    "fr": "Contribution à l'appel du Rapporteur spécial sur la liberté d'opinion et "
    "d'expression : les sources des journalistes, les lanceurs d'alerte et les fuites",
    "es": "Contribución a la convocatoria del Relator Especial sobre la libertad de opinión y "
    "de expresión: las fuentes periodísticas, los denunciantes y las filtraciones",
}

CALL_SUBJECT = (
    "Call for inputs: Journalists' sources, whistle-blowers and leaks: protecting "
    "confidential information and those who disclose it"
)

# The Message-ID of the secretariat's e-mail that issued the call.
CALL_ID = "<call-freedex-2020-01-24@ohchr.example>"

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
    one = spec("src", slug, *args, **kwargs)
    one.to = SR
    one.received, one.inner, one.in_reply_to, one.cc = received, inner, in_reply_to, cc
    _SPECS.append(one)


def after(day: int, hour: int, minute: int) -> dt.datetime:
    """A receipt time in March 2020 (UTC); the call closed at 23:00 UTC on 17 March."""
    return dt.datetime(2020, 3, day, hour, minute, 41, tzinfo=UTC)


def catalogue_sources() -> list[Spec]:
    _SPECS.clear()
    english()
    french()
    spanish()
    return list(_SPECS)


DISCLAIMER_EN = T("""
    --
    CONFIDENTIALITY NOTICE: This e-mail and any files transmitted with it are intended
    only for the person or entity to which it is addressed and may contain privileged
    material. Any review, retransmission or dissemination by persons other than the
    intended recipient is prohibited. If you received this in error, please contact the
    sender and delete the material from any computer.
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
    Este correo electrónico y cualquier archivo adjunto son confidenciales y pueden estar
    protegidos por secreto profesional. Si usted no es el destinatario previsto, le
    rogamos que lo notifique al remitente y lo borre sin copiarlo ni divulgarlo.
    """)


# ====================================================================== English


def english() -> None:
    english_ngos()
    english_academics()
    english_states()
    english_institutions()
    english_others()
    more_english()


def english_ngos() -> None:
    add(
        "civil-en-psw",
        ("Hannah Okonkwo", "h.okonkwo@pressshieldwatch.example.org"),
        "Press Shield Watch - input on source protection laws",
        T("""
            Dear Special Rapporteur,

            Press Shield Watch is pleased to contribute to your forthcoming report. Our
            paper, attached, compares the shield laws of twelve Commonwealth jurisdictions
            and the way courts have applied them since 2010. We would be glad to see it
            posted with the other contributions on the OHCHR website.

            With best regards,
            Hannah Okonkwo
            Legal Director | Press Shield Watch
            London / Lagos
            """),
        "en",
        (CS, "Press Shield Watch", None),
        acr="PSW",
        conf="publish",
        tz=0,
        atts=(
            doc(
                "PSW_shield_laws_comparative_paper.pdf",
                "en",
                [
                    "Press Shield Watch (PSW) - Shield laws in twelve Commonwealth jurisdictions",
                    "Only five of the twelve jurisdictions we reviewed give journalists a statutory privilege not to reveal a confidential source. In the others, protection rests on judges' discretion and on a line of case law that treats the public interest in disclosure as weighing more heavily whenever a criminal investigation is under way.",
                    "Between 2010 and 2019 we identified 61 orders requiring a journalist or a news organisation to disclose a source or hand over unpublished material. In 19 cases the journalist refused and was fined or held in contempt; in 7 cases the material was produced after the newsroom's premises were searched.",
                    "Several orders were made ex parte, so that the journalist learned of them only after the police had obtained the call records of the newsroom from the telephone operator. Journalists told us that sources stopped calling them within weeks.",
                    "PSW recommends a statutory privilege covering journalists and anyone regularly engaged in collecting information for the public, with disclosure possible only on the order of a judge, after a hearing, and where no other means exists.",
                ],
            ),
        ),
    )
    add(
        "civil-en-ubpj",
        ("UBPJ General Secretary", "gensec@ubpj.example.org.za"),
        "Submission: journalists compelled to reveal sources (UBPJ)",
        T("""
            Dear Sir/Madam,

            On behalf of the Union of Broadcast and Print Journalists I attach our
            submission to the call for inputs on journalists' sources.

            Yours sincerely,

            Thabo Nkosi
            General Secretary
            Union of Broadcast and Print Journalists
            Braamfontein, Johannesburg
            """),
        "en",
        (CS, "Union of Broadcast and Print Journalists", None),
        acr="UBPJ",
        tz=2,
        atts=(
            doc(
                "UBPJ_submission_sources.docx",
                "en",
                [
                    "Union of Broadcast and Print Journalists (UBPJ) - Submission",
                    "Our members are regularly subpoenaed to testify about conversations with confidential sources. In 2019 alone the union assisted eleven members who received subpoenas under the criminal procedure law; all eleven refused to disclose who had spoken to them.",
                    "A reporter who covered a municipal housing scandal was ordered to reveal who gave her a copy of an internal audit. She kept the name confidential, and the order was eventually set aside on appeal, but only after fourteen months of litigation paid for by the union.",
                    "Members also report that intelligence services have intercepted their communications. In one case, transcripts of a journalist's calls with an anonymous source inside the revenue service were produced in court, revealing the source's identity.",
                    "The union asks the Special Rapporteur to call for a clear legal protection of sources that extends to metadata and to material held by telephone and internet companies.",
                ],
            ),
        ),
    )
    add(
        "civil-en-wan",
        ("Whistleblower Advocacy Network", "intake@wanetwork.example.org"),
        "WAN input - for the Special Rapporteur only",
        T("""
            Dear colleagues,

            Please find attached the input of the Whistleblower Advocacy Network. It sets
            out six cases we are currently handling, some of which are before the courts.
            For that reason we must ask that the paper not be published on the website or
            quoted with attribution: it is shared for the Special Rapporteur's own
            information.

            Thank you for your understanding,
            Martin Ferreira
            Casework Coordinator, WAN
            """),
        "en",
        (CS, "Whistleblower Advocacy Network", None),
        acr="WAN",
        conf="confidential",
        tz=-5,
        atts=(
            doc(
                "WAN_input_cases.pdf",
                "en",
                [
                    "Whistleblower Advocacy Network (WAN) - Input on the treatment of whistle-blowers",
                    "The six people whose cases we describe all disclosed information about wrongdoing in public bodies: falsified safety inspections, diverted procurement funds, and the surveillance of lawyers. Four first raised concerns internally and went to journalists only when nothing happened.",
                    "Three of them are being prosecuted under official secrets legislation, which admits no public interest defence. One lost her job and her pension rights, and another has been unable to find work in his field since his name was leaked to the press by his former employer.",
                    "In each case the employer's first step was to find out who had spoken, through reviews of e-mail logs and badge records, rather than to examine whether the concerns were true.",
                    "WAN recommends a public interest defence in all secrecy laws and the protection of whistle-blowers who go directly to the media when internal channels are not safe.",
                ],
            ),
        ),
    )
    add(
        "civil-en-tcl",
        ("Transparency Circle Lusaka", "info@transparencycircle.example.org.zm"),
        "Submission on leaks and anti-corruption reporting",
        T("""
            Dear Secretariat,

            We attach our submission on the protection of people who leak evidence of
            corruption to the press. We would be grateful if it could be published without
            our organisation's name or any detail that identifies us, as two of our staff
            were questioned by the police last year about a leaked report.

            Regards,
            Transparency Circle Lusaka
            """),
        "en",
        (CS, "Transparency Circle Lusaka", None),
        acr="TCL",
        conf="publish",
        flags=("anonymous",),
        tz=2,
        atts=(
            doc(
                "submission_leaks_corruption.docx",
                "en",
                [
                    "Transparency Circle Lusaka (TCL) - Submission on leaks and anti-corruption reporting",
                    "Much of what the public knows about corruption in public procurement came from leaked documents: tender evaluations, contracts and payment records that were never meant to be seen outside the ministries concerned.",
                    "The law makes it an offence to communicate any official information without authority, whatever its content. Civil servants who leaked evidence of inflated contracts have been charged under this law, while the contracts themselves were never investigated.",
                    "Journalists who published the leaked documents were asked by the police to say who had given them the material. Most refused, and some were briefly detained.",
                    "We recommend that disclosure of information revealing corruption be protected by law, and that the police be barred from requiring journalists to name those who leaked it.",
                ],
            ),
        ),
    )
    add(
        "civil-en-fmrc",
        ("Dilnoza Karimova", "d.karimova@freemediaresource.example.org"),
        "FMRC contribution - secrecy laws in Central Asia",
        T("""
            Dear Special Rapporteur,

            Kindly find enclosed the contribution of the Free Media Resource Centre on
            state secrets legislation and the prosecution of journalists in Central Asia.

            Best regards,
            Dilnoza Karimova
            Programme Manager
            Free Media Resource Centre
            Almaty, Kazakhstan
            Tel. +7 727 250 41 18

            """)
        + DISCLAIMER_EN,
        "en",
        (CS, "Free Media Resource Centre", None),
        acr="FMRC",
        flags=("disclaimer",),
        tz=6,
        atts=(
            doc(
                "FMRC_contribution_secrecy_laws.pdf",
                "en",
                [
                    "Free Media Resource Centre (FMRC) - Contribution on state secrets legislation",
                    "The lists of information classified as state secrets in the region are long, vague and in some cases themselves classified, so that a journalist cannot know in advance whether a document she has received may lawfully be published.",
                    "Since 2015 we have recorded 23 criminal cases against journalists for disclosing state secrets or confidential official information. In most of them the leaked material concerned public spending, the health system or the environment.",
                    "In two cases, courts ordered that the articles be removed from the websites of the publications concerned, and the hearings were held behind closed doors, so that the public could not learn what the journalists had been accused of publishing.",
                    "FMRC recommends that classification be limited to narrowly defined information whose disclosure would cause serious harm, and that journalists never be punished for publishing information of public interest.",
                ],
            ),
        ),
    )
    add(
        "joint-en-sfc",
        ("Source Freedom Coalition", "coalition@sourcefreedom.example.org"),
        "Joint submission - Source Freedom Coalition (5 organisations)",
        T("""
            Dear Special Rapporteur,

            The attached joint submission is made by the Source Freedom Coalition, a group of
            five press freedom organisations: Press Shield Watch, Reporters' Legal Defence
            Fund, Digital Newsroom Security Project, Open Records Trust and the Asia Media
            Freedom Forum. All five members agree that it may be published in full.

            Kind regards,
            Ana Lucia Barros
            Coordinator, Source Freedom Coalition
            """),
        "en",
        (CS, "Source Freedom Coalition", None),
        alt=(
            "Press Shield Watch and 4 others",
            "Press Shield Watch, Reporters' Legal Defence Fund, Digital Newsroom Security Project, Open Records Trust and Asia Media Freedom Forum",
        ),
        conf="publish",
        tz=-3,
        cc="h.okonkwo@pressshieldwatch.example.org",
        atts=(
            doc(
                "SFC_joint_submission_digital_source_protection.pdf",
                "en",
                [
                    "Joint submission of the Source Freedom Coalition: Press Shield Watch, Reporters' Legal Defence Fund, Digital Newsroom Security Project, Open Records Trust and Asia Media Freedom Forum",
                    "The protection of sources was designed for a world of notebooks and face-to-face meetings. Today, the authorities can often identify a source without ever asking the journalist, by obtaining call records, location data or access logs from companies.",
                    "Our members documented 37 cases since 2016 in which a source was identified through such data. In several of them the source had been promised anonymity and the journalist had kept that promise; the identification came from the metadata alone.",
                    "Laws on data retention and interception rarely require a judge to weigh the protection of sources before such data are accessed.",
                    "The Coalition asks the Special Rapporteur to affirm that access to journalists' communications data is an interference with source protection requiring prior judicial authorisation.",
                ],
            ),
        ),
    )
    add(
        "civil-en-ijn",
        ("Investigative Journalism Network Balkans", "ijnb@protonmail.com"),
        "RE: Call for inputs: Journalists' sources, whistle-blowers and leaks: protecting confidential information and those who disclose it",
        T("""
            Hello,

            Thanks for sharing the call. Our short input is attached.

            Best,
            Investigative Journalism Network Balkans

            -----Original Message-----
            From: SR Freedom of Expression (OHCHR) <freedex@ohchr.example>
            Sent: Friday, 24 January 2020 11:04
            Subject: Call for inputs: Journalists' sources, whistle-blowers and leaks:
            protecting confidential information and those who disclose it

            > Dear colleagues,
            > The Special Rapporteur invites States, civil society and all interested
            > stakeholders to contribute to his forthcoming report to the General
            > Assembly. Inputs may be sent to freedex@ohchr.example by 17 March 2020.
            > Submissions will be published on the OHCHR website unless the author
            > requests that they remain confidential.
            """),
        "en",
        (CS, "Investigative Journalism Network Balkans", None),
        alt=("IJN Balkans",),
        tz=1,
        in_reply_to=CALL_ID,
        trap="reply to the call quoting its text on confidentiality: unspecified",
        atts=(
            doc(
                "IJNB_input.pdf",
                "en",
                [
                    "Investigative Journalism Network Balkans - Input",
                    "Our member newsrooms published more than forty investigations based on leaked documents between 2017 and 2019, including tax records of senior officials and the files of a privatised power company.",
                    "After each major publication, our journalists faced lawsuits for defamation or for the disclosure of business secrets. Plaintiffs routinely asked the courts to order the newsroom to hand over the documents, so as to find out who leaked them.",
                    "We also saw smear campaigns in pro-government media that published the private details of reporters, and in one case the name of a person wrongly presented as the source.",
                    "We ask that courts refuse orders aimed at identifying sources through civil litigation.",
                ],
            ),
        ),
    )
    add(
        "civil-en-cfj",
        ("Centre for Free Journalism", "admin@cfj-pk.example.org"),
        "Late submission: Centre for Free Journalism, Pakistan",
        T("""
            Dear Secretariat,

            Please excuse the delay: our office was closed for several days last week. We
            hope the attached submission can still be taken into account.

            Sincerely,
            Farah Siddiqui
            Executive Director
            Centre for Free Journalism
            Islamabad
            """),
        "en",
        (CS, "Centre for Free Journalism", None),
        acr="CFJ",
        tz=5,
        received=after(18, 7, 12),
        atts=(
            doc(
                "CFJ_submission.docx",
                "en",
                [
                    "Centre for Free Journalism (CFJ), Islamabad - Submission",
                    "Journalists in the country work under a set of laws on official secrets, electronic crimes and defamation that together make the reporting of leaked official information hazardous.",
                    "Reporters who published leaked minutes of security meetings were accused of treason in public statements, and their names were put on lists barring them from travel abroad. One was abducted for a day and questioned about his sources.",
                    "Television channels that broadcast leaked material have been taken off the air by cable operators, without any written order, for days at a time.",
                    "CFJ urges the Special Rapporteur to address informal pressure on sources and on journalists alongside formal legal measures.",
                ],
            ),
        ),
    )
    add(
        "civil-en-nmo",
        ("Lea Brandt", "lea.brandt@newsroommonitor.example.de"),
        "Newsroom Monitor - submission embargoed until 2 April",
        T("""
            Dear colleagues,

            Attached is Newsroom Monitor's submission. It contains findings from our annual
            survey that we will launch at a press conference on 2 April 2020. You are very
            welcome to publish it on your website, but please not before that date.

            Thank you,
            Lea Brandt
            Research Director, Newsroom Monitor e.V.
            Berlin
            """),
        "en",
        (CS, "Newsroom Monitor", None),
        alt=("Newsroom Monitor e.V.",),
        conf="publish",
        tz=1,
        trap="publication consented after an embargo date",
        atts=(
            doc(
                "Newsroom_Monitor_submission_survey2020.pdf",
                "en",
                [
                    "Newsroom Monitor e.V. - Submission: survey of newsrooms on source protection",
                    "Our 2020 survey covered 412 editors and reporters in 19 European countries. Asked whether sources had become more reluctant to speak to them over the past five years, 68 per cent said yes.",
                    "Almost half of the newsrooms had no secure channel for receiving documents from anonymous sources, and a third had never trained their staff in protecting communications with confidential sources.",
                    "Editors also described being asked by public bodies to delay publication of leaked reports, or to withhold names. Most agreed to withhold names when a person's safety was at risk, and refused when the request only protected officials from embarrassment.",
                    "We recommend public support for secure submission systems and training in local and regional newsrooms.",
                ],
            ),
        ),
    )
    add(
        "civil-en-gadn",
        ("Global Anti-Disinformation Network", "policy@gadn.example.org"),
        "GADN input + confidential annex",
        T("""
            Dear Secretariat,

            Please find attached our input (main paper) and an annex listing the
            journalists and sources we interviewed, with their locations. The main paper can
            be published. The annex is for your information only and must not be made public
            or shared outside the Special Rapporteur's team.

            Best wishes,
            Joanna Whitfield
            Policy Lead, Global Anti-Disinformation Network
            """),
        "en",
        (CS, "Global Anti-Disinformation Network", None),
        acr="GADN",
        conf="confidential",
        flags=("partial_confidential",),
        tz=0,
        trap="main paper may be published, the annex is confidential",
        atts=(
            doc(
                "GADN_input_main_paper.pdf",
                "en",
                [
                    "Global Anti-Disinformation Network (GADN) - Input: laws against false news and the protection of sources",
                    "Laws against false news adopted in many countries since 2016 are being used against journalists who report on leaked documents. When a journalist cannot produce the source of a story, prosecutors argue that it must be false.",
                    "This places reporters in an impossible position: to prove that a story is true they would have to reveal the confidential source who gave it to them.",
                    "We recommend that no law make the truth of a report depend on the disclosure of a source.",
                ],
            ),
            docx_file(
                "GADN_annex_interviews.docx",
                "en",
                [
                    "Annex: list of interviews, 2019",
                    "The list below gives the country, role and city of each person interviewed for the main paper.",
                ],
                title="GADN - Annex (interviewees)",
                table=[
                    ["No.", "Country", "Role", "City"],
                    ["1", "Country A", "Reporter", "Capital"],
                    ["2", "Country A", "Source (official)", "Capital"],
                    ["3", "Country B", "Editor", "Port city"],
                ],
                table_at=2,
            ),
        ),
    )
    add(
        "civil-en-oaf",
        ("Open Archive Foundation", "contact@openarchive.example.org"),
        "Submission - Open Archive Foundation",
        T("""
            Dear Special Rapporteur,

            The Open Archive Foundation hosts a public archive of leaked documents of public
            interest. Our submission, attached, explains how we verify material, when we
            withhold names and how we respond to court orders to take documents down.

            Regards,
            Samir Haddad
            Director, Open Archive Foundation
            Reykjavik
            """),
        "en",
        (CS, "Open Archive Foundation", None),
        tz=0,
        trap="document about withholding names and takedowns: unspecified",
        atts=(
            doc(
                "OAF_submission.pdf",
                "en",
                [
                    "Open Archive Foundation - Submission",
                    "We publish leaked documents only after verifying them and after removing personal data of people who are not public figures. The names of junior staff, patients, children and victims are always withheld; those of ministers and company directors are not.",
                    "Documents are kept confidential while we verify them, sometimes for months. We never ask who leaked a document, and our submission system does not record the IP addresses of those who use it.",
                    "In 2019 we received nine court orders to take down documents already published. We complied with two, which concerned the medical records of private persons, and contested the others.",
                    "We ask the Special Rapporteur to recognise that publishers of leaked archives are entitled to the same protection of sources as journalists.",
                ],
            ),
        ),
    )
    add(
        "civil-en-mfa",
        ("Media Freedom Alliance Uganda", "mfauganda@gmail.com"),
        "Contribution from MFA Uganda",
        T("""
            Greetings,

            Attached please find our contribution on the arrests of journalists who refused
            to reveal their sources in Uganda.

            Regards
            Robert Ssemwanga
            MFA Uganda
            """),
        "en",
        (CS, "Media Freedom Alliance Uganda", None),
        acr="MFA",
        alt=("MFA Uganda",),
        conf="confidential",
        tz=3,
        trap="refusal only in the document's footer on every page",
        atts=(
            doc(
                "MFA_contribution_journalists_sources.pdf",
                "en",
                [
                    "Media Freedom Alliance Uganda - Contribution to the Special Rapporteur",
                    "In 2018 and 2019 at least nine journalists were arrested after publishing stories based on leaked police and army documents. In most cases they were held for several days and questioned about who had given them the documents.",
                    "Phones and laptops were seized and kept for months. Journalists believe the devices were searched for contacts, and some of their sources have since been transferred or dismissed.",
                    "We recommend that the seizure of journalists' equipment require a court order and that the contents be protected.",
                ],
                footer="Confidential submission - not for publication",
            ),
        ),
    )


def english_academics() -> None:
    add(
        "acade-en-cmlp",
        ("Centre for Media Law and Policy", "cmlp@law.harrowgate.example.ac.uk"),
        "Centre for Media Law and Policy (Harrowgate) - submission",
        T("""
            Dear Special Rapporteur,

            The Centre for Media Law and Policy at the University of Harrowgate is honoured
            to respond to your call. We are content for our submission to be made publicly
            available on the OHCHR website.

            Yours sincerely,
            Professor Eleanor Voss
            Director, Centre for Media Law and Policy
            School of Law, University of Harrowgate
            """),
        "en",
        (AC, "Centre for Media Law and Policy, University of Harrowgate", None),
        alt=("Centre for Media Law and Policy",),
        conf="publish",
        tz=0,
        atts=(
            doc(
                "CMLP_Harrowgate_submission.pdf",
                "en",
                [
                    "Centre for Media Law and Policy, University of Harrowgate - Submission",
                    "Courts increasingly grant injunctions restraining the publication of leaked material before any article appears. Such prior restraints are often obtained in private hearings, and the order itself may forbid the newsroom from reporting that it exists.",
                    "We reviewed 84 such orders made between 2012 and 2019. In 51 the claimant relied on the law of confidence rather than on defamation, which allowed it to avoid proving that the information was false.",
                    "Injunctions were usually lifted once the matter reached a full hearing, but by then the news value of the story had often gone.",
                    "We recommend that prior restraint be available only where publication would cause grave and irreparable harm, and never merely to protect reputation.",
                ],
            ),
        ),
    )
    add(
        "acade-en-jschool",
        ("Dr Marcus Bell", "m.bell@journalism.northbay.example.edu"),
        "Input from the Northbay School of Journalism",
        T("""
            Dear colleagues,

            I attach a short paper from our school on off-the-record briefings and what
            journalism students are taught about confidential sources.

            Marcus Bell, PhD
            Associate Professor
            Northbay School of Journalism
            """),
        "en",
        (AC, "Northbay School of Journalism", None),
        tz=-8,
        trap="document about off-the-record and confidentiality: unspecified",
        atts=(
            doc(
                "Northbay_SoJ_paper_off_the_record.docx",
                "en",
                [
                    "Northbay School of Journalism - Off the record: what we teach and what newsrooms do",
                    "Students learn that 'off the record' means the information may not be published at all, that 'on background' means it may be used without attribution, and that a promise of confidentiality to a source is binding even when a court orders disclosure.",
                    "Our interviews with 40 working reporters showed that these terms are used loosely in practice. Officials frequently brief reporters anonymously to float policies, while the same governments prosecute lower-ranking staff who leak.",
                    "We recommend that public bodies publish their rules on anonymous briefings, so that the public can judge the double standard between authorised and unauthorised disclosures.",
                ],
            ),
        ),
    )
    add(
        "acade-en-dsi",
        ("Digital Security Initiative", "dsi@cs.lakeview.example.edu"),
        "Submission from the Digital Security Initiative - pending IRB clearance",
        T("""
            Dear Secretariat,

            Please find our submission attached. It reports preliminary results of a study
            with journalists and their sources. Our university's ethics board has not yet
            cleared the results for public release, so we cannot say at this stage whether it
            may be published; we will write again as soon as we hear from the board.

            Best regards,
            Dr Priyanka Nair and Dr Tom Eriksen
            Digital Security Initiative, Lakeview University
            """),
        "en",
        (AC, "Digital Security Initiative, Lakeview University", None),
        alt=("Digital Security Initiative",),
        conf="unclear",
        tz=-5,
        trap="publication depends on an ethics board's clearance",
        atts=(
            doc(
                "DSI_submission_preliminary.pdf",
                "en",
                [
                    "Digital Security Initiative, Lakeview University - Preliminary findings on secure communication between journalists and sources",
                    "We studied how 58 journalists and 23 of their confidential sources communicated during investigations. Most began on ordinary phone lines or social media before moving to encrypted applications, so that the first contact often left traces that could identify the source.",
                    "Sources who were later identified had, in every case, been found through records of that first contact or through workplace monitoring, not through the journalist.",
                    "We recommend that news organisations publish clear instructions on how sources can contact them securely from the start.",
                ],
            ),
        ),
    )


def english_states() -> None:
    add(
        "state-en-irl",
        ("Permanent Mission of Ireland Geneva", "genevapmun@dfa.example.ie"),
        "Ireland - Note Verbale - call for inputs (freedom of expression)",
        T("""
            Dear Sir/Madam,

            Please find attached Note Verbale GVA/HR/112/2020 from the Permanent Mission of
            Ireland, together with Ireland's response to the questionnaire.

            Kind regards,
            Human Rights Unit
            Permanent Mission of Ireland to the United Nations, Geneva
            """),
        "en",
        (MS, "Ireland", "IRL"),
        tz=1,
        atts=(
            doc(
                "Ireland_NV_response.pdf",
                "en",
                [
                    "The Permanent Mission of Ireland to the United Nations Office and other international organisations in Geneva presents its compliments to the Office of the High Commissioner for Human Rights and has the honour to transmit Ireland's response to the call for inputs of the Special Rapporteur on freedom of opinion and expression.",
                    "Irish law protects whistle-blowers through the Protected Disclosures Act 2014, which covers workers in the public and private sectors and provides that a disclosure to a journalist may be protected where specific conditions are met. The identity of the discloser must be kept confidential by the recipient, subject to limited exceptions.",
                    "The courts have recognised a journalistic privilege against disclosure of sources, grounded in the Constitution and the European Convention on Human Rights, which may be overridden only where disclosure is necessary and proportionate.",
                    "The Permanent Mission of Ireland avails itself of this opportunity to renew to the Office of the High Commissioner the assurances of its highest consideration.",
                ],
                title="Note Verbale - Permanent Mission of Ireland",
            ),
        ),
    )
    add(
        "state-en-aus",
        ("Australian Mission Geneva", "geneva.hr@dfat.example.gov.au"),
        "Australian Government submission - SR FoE call for inputs",
        T("""
            Dear colleagues,

            Please find attached the Australian Government's submission to the Special
            Rapporteur's call for inputs. Australia has no objection to its publication on
            the OHCHR website.

            Regards,
            Human Rights Section
            Permanent Mission of Australia to the United Nations, Geneva
            """),
        "en",
        (MS, "Australia", "AUS"),
        conf="publish",
        tz=1,
        atts=(
            doc(
                "Australia_submission_SR_FoE.docx",
                "en",
                [
                    "Submission of the Government of Australia",
                    "Australia's Public Interest Disclosure Act 2013 provides a framework for public officials to disclose suspected wrongdoing. External and emergency disclosures, including to journalists, are protected in limited circumstances.",
                    "The Evidence Act 1995 and equivalent state legislation contain shield provisions under which a journalist who has promised a source anonymity is not compellable to disclose the source's identity, unless a court finds that the public interest in disclosure outweighs any likely adverse effect on the source.",
                    "Under data retention legislation, an agency seeking a journalist's telecommunications data to identify a source must first obtain a journalist information warrant.",
                    "Australia welcomes the Special Rapporteur's attention to these issues.",
                ],
            ),
        ),
    )
    add(
        "state-en-gha",
        ("Ministry of Information Ghana", "pr.unit@moi.example.gov.gh"),
        "Submission by the Republic of Ghana - Ministry of Information",
        T("""
            Dear Sir/Madam,

            I am directed to forward the attached submission of the Ministry of Information of
            the Republic of Ghana, prepared with the National Media Commission.

            Yours faithfully,

            Kwabena Asante-Mensah
            for: Chief Director
            Ministry of Information, Accra
            """),
        "en",
        (MS, "Ghana", "GHA"),
        alt=("Republic of Ghana",),
        tz=0,
        atts=(
            doc(
                "Ghana_MoI_submission.pdf",
                "en",
                [
                    "Republic of Ghana, Ministry of Information - Submission to the Special Rapporteur on freedom of opinion and expression",
                    "The Constitution of Ghana guarantees the freedom and independence of the media and forbids censorship. The Right to Information Act, 2019 gives every person a right to information held by public institutions, subject to exemptions.",
                    "The Whistleblower Act, 2006 protects persons who disclose impropriety in good faith and allows disclosure to, among others, a Member of Parliament, the police or the Commission on Human Rights and Administrative Justice. The identity of the whistle-blower is to be kept confidential.",
                    "The National Media Commission handles complaints against the media and has issued guidelines reminding journalists of their ethical duty to protect confidential sources.",
                ],
            ),
        ),
    )
    add(
        "state-en-sgp",
        ("Permanent Mission of Singapore", "pmsg_geneva@mfa.example.gov.sg"),
        "Singapore - input to SR FoE (not for publication)",
        T("""
            Dear Secretariat,

            The Permanent Mission of the Republic of Singapore to the United Nations in Geneva
            encloses its input to the Special Rapporteur's call. The input is provided for the
            Special Rapporteur's reference and is not for publication.

            Best regards,
            Permanent Mission of the Republic of Singapore, Geneva
            """),
        "en",
        (MS, "Singapore", "SGP"),
        alt=("Republic of Singapore",),
        conf="confidential",
        tz=1,
        atts=(
            doc(
                "Singapore_input_SR_FoE.pdf",
                "en",
                [
                    "Input of the Republic of Singapore",
                    "Singapore's Official Secrets Act protects information whose unauthorised disclosure could harm national security and public order. Public servants who wish to raise concerns may do so through internal channels and the relevant oversight bodies.",
                    "The confidentiality of journalistic sources is respected in practice; the courts retain the discretion to order disclosure where it is necessary in the interests of justice.",
                ],
            ),
        ),
    )


def english_institutions() -> None:
    add(
        "nhri-en-knchr",
        ("KNCHR Communications", "haki@knchr.example.org"),
        "KNCHR submission to the Special Rapporteur on freedom of expression",
        T("""
            Dear Special Rapporteur,

            The Kenya National Commission on Human Rights submits the attached input on the
            protection of journalists' sources and whistle-blowers in Kenya.

            Yours faithfully,
            Wanjiru Kamau
            for: Chairperson, KNCHR
            """),
        "en",
        (NHRI, "Kenya National Commission on Human Rights", "KEN"),
        acr="KNCHR",
        tz=3,
        atts=(
            doc(
                "KNCHR_submission_SR_FoE.pdf",
                "en",
                [
                    "Kenya National Commission on Human Rights (KNCHR) - Submission",
                    "The Constitution of Kenya protects media freedom and the right of access to information. There is, however, no comprehensive whistle-blower protection law, and a bill tabled in 2017 has not been enacted.",
                    "The Commission received complaints from journalists summoned by the police to reveal the sources of reports on corruption in public procurement, and from civil servants suspended after being suspected of leaking documents.",
                    "KNCHR recommends the enactment of whistle-blower legislation and guidelines for the police on the treatment of journalists' sources.",
                ],
            ),
        ),
    )
    add(
        "nhri-en-ihrec",
        ("Irish Human Rights and Equality Commission", "info@ihrec.example.ie"),
        "IHREC input - freedom of expression call",
        T("""
            Dear colleagues,

            Please find attached the input of the Irish Human Rights and Equality Commission.
            The Commission is happy for it to be published.

            Best regards,
            Ciara Doyle
            Legal and Policy Officer
            Irish Human Rights and Equality Commission
            """),
        "en",
        (NHRI, "Irish Human Rights and Equality Commission", "IRL"),
        acr="IHREC",
        conf="publish",
        tz=0,
        atts=(
            doc(
                "IHREC_input.docx",
                "en",
                [
                    "Irish Human Rights and Equality Commission (IHREC) - Input",
                    "The Commission has observed that the protection of journalistic sources in Ireland rests largely on case law. We have recommended that it be placed on a statutory footing, covering the retention of and access to communications data.",
                    "Access by the police to the phone records of journalists, revealed in 2017, showed the weakness of the present safeguards.",
                ],
            ),
        ),
    )
    add(
        "io-en-osce",
        ("Office of the OSCE RFoM", "pm-rfom@osce.example.org"),
        "Contribution of the OSCE Representative on Freedom of the Media",
        T("""
            Dear colleagues,

            On behalf of the OSCE Representative on Freedom of the Media, I am pleased to
            share the attached contribution to the Special Rapporteur's report.

            Best regards,
            Katrin Hollander
            Senior Adviser
            Office of the OSCE Representative on Freedom of the Media, Vienna
            """),
        "en",
        (IO, "OSCE Representative on Freedom of the Media", None),
        alt=(
            "Organization for Security and Co-operation in Europe",
            "OSCE",
            "Office of the OSCE Representative on Freedom of the Media",
        ),
        tz=1,
        atts=(
            doc(
                "OSCE_RFoM_contribution.pdf",
                "en",
                [
                    "OSCE Representative on Freedom of the Media - Contribution",
                    "The Representative has repeatedly intervened with participating States concerning journalists compelled to reveal sources, searches of newsrooms and the surveillance of reporters' communications.",
                    "In 2019 the Office raised 14 such cases. In several, journalists were charged with disclosing classified information after publishing leaked documents of evident public interest.",
                    "The Representative encourages States to ensure that journalists are never prosecuted for publishing leaked information of public interest, and that whistle-blowers enjoy effective protection.",
                ],
            ),
        ),
    )
    add(
        "io-en-unesco",
        ("UNESCO Section for FoE", "foe.section@unesco.example.org"),
        "UNESCO input to the SR report on sources and whistle-blowers",
        T("""
            Dear Special Rapporteur,

            UNESCO's Section for Freedom of Expression and Safety of Journalists is pleased to
            contribute the attached input, which may be published.

            With best regards,
            Julien Morel
            Programme Specialist
            """),
        "en",
        (IO, "United Nations Educational, Scientific and Cultural Organization", None),
        acr="UNESCO",
        alt=("UNESCO",),
        conf="publish",
        tz=1,
        atts=(
            doc(
                "UNESCO_input_sources.pdf",
                "en",
                [
                    "UNESCO - Section for Freedom of Expression and Safety of Journalists - Input",
                    "UNESCO's study 'Protecting Journalism Sources in the Digital Age' found that legal frameworks for source protection were under strain in many of the 121 countries surveyed, owing to surveillance, data retention and national security laws.",
                    "UNESCO supports training for judges and prosecutors on freedom of expression, which includes the protection of sources.",
                ],
            ),
        ),
    )


def english_others() -> None:
    add(
        "priv-en-northgate",
        ("Northgate News Media Legal", "legal@northgatenews.example.co.uk"),
        "Northgate News Media - submission to UN call on sources",
        T("""
            Dear Sir or Madam,

            Northgate News Media Ltd, publisher of four regional daily newspapers, submits
            the enclosed paper describing the court orders it has faced over the past five
            years in connection with leaked material.

            Yours faithfully,
            Gillian Rowe
            Head of Legal, Northgate News Media Ltd
            """),
        "en",
        (PS, "Northgate News Media", None),
        alt=("Northgate News Media Ltd",),
        tz=0,
        trap="a publisher's paper on orders not to publish: unspecified",
        atts=(
            doc(
                "Northgate_submission_court_orders.pdf",
                "en",
                [
                    "Northgate News Media Ltd - Submission on court orders concerning leaked material",
                    "Since 2015 our titles have been served with six injunctions forbidding publication of stories based on leaked documents, two of them obtained by a local authority about a children's care home. In each case the order also required us to deliver up the documents, which would have exposed the source.",
                    "We withheld publication as ordered, but refused to deliver up the documents, and in four cases the court accepted our undertaking to keep them confidential and not to use them until trial.",
                    "The costs of contesting these orders, more than 400,000 pounds in total, are beyond the means of most local publishers. Smaller titles simply drop the story.",
                    "We support the introduction of protections against abusive litigation aimed at identifying sources or preventing publication.",
                ],
            ),
        ),
    )
    add(
        "priv-en-chirpline",
        ("Chirpline Public Policy", "publicpolicy@chirpline.example.com"),
        "Chirpline Inc. input - confidential",
        T("""
            Dear Secretariat,

            Chirpline Inc. appreciates the opportunity to contribute. The attached document
            contains commercially sensitive information about our handling of government
            requests and is submitted in confidence; we respectfully ask that it not be
            posted online or attributed to Chirpline in the report.

            Regards,
            Public Policy Team
            Chirpline Inc., San Francisco
            """),
        "en",
        (PS, "Chirpline", None),
        alt=("Chirpline Inc.",),
        conf="confidential",
        tz=-8,
        atts=(
            doc(
                "Chirpline_input.pdf",
                "en",
                [
                    "Chirpline Inc. - Input on government requests concerning journalists' accounts",
                    "In 2019 Chirpline received 212 requests from governments for information about accounts that we identified as belonging to verified journalists or news outlets, and 1,030 legal demands to remove content posted by them.",
                    "Where a request appeared aimed at identifying the source of a leaked document, we sought clarification and declined to provide data in the absence of a court order. We withheld a small number of posts in specific countries in response to court orders.",
                ],
                footer="Chirpline Inc. - Confidential",
            ),
        ),
    )
    add(
        "assoc-en-raib",
        ("RAIB Secretariat", "secretariat@raib.example.org"),
        "Submission - Regional Association of Independent Broadcasters",
        T("""
            Dear Special Rapporteur,

            The Regional Association of Independent Broadcasters attaches two documents: its
            submission, and a statement adopted by its members in November 2019 on the
            protection of sources. Both may be shared publicly.

            Sincerely,
            Olusegun Adeyemi
            Secretary General, RAIB
            """),
        "en",
        (PS, "Regional Association of Independent Broadcasters", None),
        acr="RAIB",
        conf="publish",
        tz=1,
        atts=(
            doc(
                "RAIB_submission.docx",
                "en",
                [
                    "Regional Association of Independent Broadcasters (RAIB) - Submission",
                    "Our 63 member stations rely on whistle-blowers for much of their investigative reporting. Regulators have suspended broadcast licences after stations aired leaked recordings, citing rules on 'unverified' content.",
                    "Stations have also been ordered by regulators to hand over raw footage and the contact details of anonymous interviewees. Our members refused, and two lost their licences for three months.",
                    "RAIB asks that broadcasting regulators be bound by the same standards on source protection as courts.",
                ],
            ),
            doc(
                "RAIB_statement_Nov2019.pdf",
                "en",
                [
                    "RAIB General Assembly, Abuja, November 2019 - Statement on the protection of sources",
                    "Member stations undertake never to reveal the identity of a confidential source without the source's consent and to resist any demand for raw material that could identify a source.",
                ],
                title="Statement on the protection of sources",
            ),
        ),
    )
    add(
        "other-en-presscouncil",
        ("Press Council of Eastland", "complaints@presscouncil-eastland.example.org"),
        "Press Council of Eastland - submission",
        T("""
            Dear Sir/Madam,

            The Press Council of Eastland, an independent self-regulatory body, attaches its
            submission, which summarises its rulings on anonymous sources and leaked
            documents.

            Yours sincerely,
            Dr Ruth Anand
            Executive Secretary
            """),
        "en",
        (OTH, "Press Council of Eastland", None),
        tz=10,
        trap="a press council's rulings on anonymity and leaks: unspecified",
        atts=(
            doc(
                "Press_Council_Eastland_submission.pdf",
                "en",
                [
                    "Press Council of Eastland - Submission",
                    "The Council's Standards of Practice require publications to honour promises of confidentiality to sources, and to use anonymous sources only when the information is of public interest and cannot be obtained otherwise.",
                    "In 2018 and 2019 the Council upheld three complaints against newspapers that had published leaked documents containing the names and addresses of private persons. It rejected twelve complaints by public bodies that sought to have leaked material withdrawn merely because it was confidential.",
                    "The Council considers that the decision to publish leaked material should rest on an assessment of the public interest, not on whether the material was obtained with consent.",
                ],
            ),
        ),
    )
    add(
        "indiv-en-journalist",
        ("Daniel Mwangi", "d.mwangi.reports@gmail.com"),
        "My experience - please don't use my name",
        T("""
            Dear Special Rapporteur,

            I am an investigative reporter and I am sending you the attached account of how
            I was pressured to reveal a source after a story on police killings. You may
            publish it, but without my name please: I still work in the country and my
            family is there.

            Thank you,
            Daniel
            """),
        "en",
        (IND, "Daniel Mwangi", None),
        conf="publish",
        flags=("anonymous",),
        tz=3,
        atts=(
            doc(
                "account_journalist.docx",
                "en",
                [
                    "Account of an investigative reporter",
                    "In 2018 I published a series on killings by a police unit, based on the testimony of an officer in that unit who spoke to me on condition of anonymity. After the second article I was called to police headquarters three times and asked to name him.",
                    "I refused. My car was followed, and a colleague told me my phone was being listened to. The officer was transferred and then arrested on an unrelated charge. I do not know how they found him.",
                    "I ask that journalists be protected from being summoned to reveal sources, and that sources who reveal crimes be protected too.",
                ],
            ),
        ),
    )
    add(
        "indiv-en-whistle",
        ("J. Halvorsen", "jh.private2020@protonmail.com"),
        "Whistleblower testimony - not for publication",
        T("""
            Dear Special Rapporteur,

            I worked for nine years in the audit department of a state-owned energy company.
            In 2017 I gave a journalist copies of internal audits showing that contracts worth
            millions had been awarded without tender to companies linked to board members.
            The story was published and the board chairman resigned.

            Within a month my employer had identified me through the document management
            system. I was dismissed, sued for breach of confidentiality and ordered to pay
            damages. The company has never been investigated.

            I write to you so that this can inform your report, but I ask you not to publish
            this message or any part of it, and not to use my name: the civil case against
            me is still on appeal, and any publication could be used against me.

            J. Halvorsen
            """),
        "en",
        (IND, "J. Halvorsen", None),
        conf="confidential",
        tz=1,
        trap="a whistle-blower's own refusal amid a story of disclosure",
    )
    add(
        "indiv-en-lawyer",
        ("Sarah Goldberg", "sgoldberg@goldbergmedialaw.example.com"),
        "Submission - Sarah Goldberg, media lawyer",
        T("""
            Dear Special Rapporteur,

            I am a media lawyer who has represented journalists and news organisations for
            twenty years. I submit the attached note in my personal capacity and am happy
            for it to appear on the OHCHR website under my name.

            Sarah Goldberg
            Goldberg Media Law, New York
            """),
        "en",
        (IND, "Sarah Goldberg", None),
        conf="publish",
        tz=-5,
        atts=(
            doc(
                "Goldberg_note_sources.pdf",
                "en",
                [
                    "Note by Sarah Goldberg, media lawyer",
                    "In the United States, there is no federal shield law. Reporters subpoenaed in leak investigations have been jailed for refusing to testify, and since 2009 the Department of Justice has obtained journalists' phone and e-mail records in several leak cases.",
                    "Sources have been prosecuted under the Espionage Act, which allows no defence that the disclosure served the public interest.",
                    "I recommend a federal shield law with a qualified privilege and a public interest defence for those who disclose information about serious wrongdoing.",
                ],
            ),
        ),
    )
    add(
        "indiv-en-editor",
        ("Meera Pillai", "meera.pillai@thecoastalledger.example.in"),
        "Note from an editor on withheld stories",
        T("""
            Dear colleagues,

            I am the editor of a regional newspaper in southern India. Attached is a short
            note on stories we chose not to publish, and why.

            Regards,
            Meera Pillai
            Editor, The Coastal Ledger
            """),
        "en",
        (IND, "Meera Pillai", None),
        tz=5,
        trap="an editor's note on publishing and withholding: unspecified",
        atts=(
            doc(
                "Pillai_note_withheld_stories.docx",
                "en",
                [
                    "Note by Meera Pillai, Editor, The Coastal Ledger",
                    "Every year we decide not to publish some stories based on leaked documents. Usually this is because we cannot verify the documents, or because publication would identify a source who has not agreed to take that risk.",
                    "Last year we held back a report on a hospital's falsified death records for five weeks, until the nurse who gave us the records had left her job. When we published, we withheld the names of the patients' families.",
                    "Editors need the legal certainty that their decision to protect a source will be respected by the courts.",
                ],
            ),
        ),
    )
    add(
        "nots-en-press",
        ("Olivia Hart", "olivia.hart@thewiredgazette.example.com"),
        "Press query: SR report on whistle-blowers",
        T("""
            Hello,

            I'm a reporter with The Wired Gazette, writing about the Special Rapporteur's
            forthcoming report on sources and whistle-blowers. Could you tell me how many
            submissions have been received so far, whether any States have submitted, and
            when the submissions will be published? I would also welcome a short comment
            from the Special Rapporteur on recent leak prosecutions.

            My deadline is Friday. Many thanks,
            Olivia Hart
            """),
        "en",
        (None, None, None),
        kind="not_submission",
        tz=0,
        trap="a journalist's question about the submissions' publication",
    )
    add(
        "nots-en-meeting",
        ("Gareth Price", "g.price@reportersdefence.example.org"),
        "Meeting request - Reporters' Legal Defence Fund",
        T("""
            Dear Secretariat,

            Our Executive Director will be in Geneva from 9 to 11 March for a conference on
            media freedom. Would the Special Rapporteur or a member of his team be available
            for a short meeting to discuss our work defending journalists who are under
            court orders to disclose their sources? We are flexible as to time.

            Kind regards,
            Gareth Price
            Programme Officer, Reporters' Legal Defence Fund
            """),
        "en",
        (None, None, None),
        kind="not_submission",
        tz=0,
        trap="a meeting request",
    )
    add(
        "nots-en-newsletter",
        ("Press Shield Watch Newsletter", "newsletter@pressshieldwatch.example.org"),
        "Press Shield Watch Monthly - February 2020",
        T("""
            PRESS SHIELD WATCH MONTHLY - FEBRUARY 2020

            In this issue:
            - Court of appeal upholds reporter's right to keep source confidential
            - New whistle-blower directive: what transposition means for journalists
            - Our guide to secure drop boxes for small newsrooms
            - Events: webinar on leaks and defamation, 26 February

            Read the full newsletter on our website.

            You are receiving this e-mail because you subscribed to our mailing list.
            Unsubscribe | Update your preferences
            Press Shield Watch, 10 Fleet Lane, London
            """),
        "en",
        (None, None, None),
        kind="not_submission",
        tz=0,
        trap="a newsletter",
    )
    inner = Spec(
        slug="src-fwd-en-bsn-inner",
        frm=("Bangladesh Safe Newsroom", "bsn.dhaka@gmail.com"),
        subject="Input for the SR's report",
        to="a.lindgren@ohchr.example",
        body=T("""
            Dear Ms Lindgren,

            Following our conversation in Dhaka, please find our input for the Special
            Rapporteur's report. We agree to it being posted publicly.

            Best,
            Rashed Karim
            Bangladesh Safe Newsroom
            """),
        lang="en",
        tz=6,
        atts=[
            doc(
                "BSN_input.pdf",
                "en",
                [
                    "Bangladesh Safe Newsroom - Input to the Special Rapporteur on freedom of opinion and expression",
                    "Journalists in Bangladesh have been arrested under the Digital Security Act for reports based on leaked government documents. The Act allows arrest without warrant and provides for heavy penalties for recording or disclosing secret information.",
                    "Several reporters told us they now refuse to receive documents from sources in government, for fear that both they and the source would be prosecuted.",
                    "We recommend the repeal of the provisions of the Act that criminalise the disclosure of official information.",
                ],
            ),
        ],
    )
    add(
        "fwd-en-bsn",
        ("Anna Lindgren", "a.lindgren@ohchr.example"),
        "Fwd: Input for the SR's report",
        T("""
            Dear colleagues,

            Forwarding a submission that was sent to me directly, for registration.

            Thanks,
            Anna

            Anna Lindgren
            Human Rights Officer, South-East Asia Regional Office
            """),
        "en",
        (CS, "Bangladesh Safe Newsroom", None),
        conf="publish",
        flags=("forwarded",),
        tz=7,
        inner=inner,
        trap="forwarded by a colleague as an attached message: the inner sender submits",
    )


# ====================================================================== French


def french() -> None:
    french_ngos()
    french_academics_states()
    french_institutions()
    french_others()
    more_french()


def french_ngos() -> None:
    add(
        "civil-fr-olpac",
        ("Secrétariat OLPAC", "secretariat@olpac.example.cm"),
        "Contribution de l'OLPAC - protection des sources",
        T("""
            Monsieur le Rapporteur spécial,

            L'Observatoire de la liberté de la presse en Afrique centrale a l'honneur de vous
            transmettre sa contribution. Nous consentons à ce qu'elle soit publiée sur le
            site du Haut-Commissariat.

            Veuillez agréer nos salutations distinguées.

            Jean-Pierre Ndongo
            Secrétaire exécutif, OLPAC
            Yaoundé
            """),
        "fr",
        (CS, "Observatoire de la liberté de la presse en Afrique centrale", None),
        acr="OLPAC",
        conf="publish",
        tz=1,
        atts=(
            doc(
                "OLPAC_contribution_RS_liberte_expression.pdf",
                "fr",
                [
                    "Observatoire de la liberté de la presse en Afrique centrale (OLPAC) - Contribution",
                    "Dans la sous-région, les journalistes qui publient des documents administratifs ayant fuité sont régulièrement poursuivis pour « divulgation de secret » ou pour « publication de fausses nouvelles ». Entre 2016 et 2019, l'Observatoire a recensé 34 gardes à vue de journalistes interrogés sur l'identité de leurs sources.",
                    "Les lois sur la presse reconnaissent en principe le secret des sources, mais prévoient des exceptions larges au nom de la sûreté de l'État, que les juges d'instruction invoquent presque systématiquement.",
                    "Plusieurs journalistes ont vu leurs téléphones saisis et examinés ; dans deux cas, les fonctionnaires soupçonnés d'avoir transmis les documents ont été suspendus dans les semaines suivantes.",
                    "L'OLPAC recommande de limiter strictement les exceptions au secret des sources et d'interdire la saisie du matériel des journalistes sans décision d'un juge.",
                ],
            ),
        ),
    )
    add(
        "civil-fr-sjpi",
        ("Bureau national SJPI", "bureau@sjpi.example.fr"),
        "Contribution du Syndicat des journalistes de la presse indépendante",
        T("""
            Madame, Monsieur,

            Vous trouverez ci-joint la contribution du Syndicat des journalistes de la presse
            indépendante (SJPI) à l'appel à contributions du Rapporteur spécial.

            Cordialement,
            Le bureau national du SJPI
            Paris
            """),
        "fr",
        (CS, "Syndicat des journalistes de la presse indépendante", None),
        acr="SJPI",
        tz=1,
        trap="document full of 'secret des sources', 'confidentiel': unspecified",
        atts=(
            doc(
                "SJPI_contribution.docx",
                "fr",
                [
                    "Syndicat des journalistes de la presse indépendante (SJPI) - Contribution",
                    "La loi de 2010 sur la protection du secret des sources a constitué un progrès, mais elle permet une atteinte au secret lorsqu'un « impératif prépondérant d'intérêt public » le justifie, notion que les juridictions interprètent de façon variable.",
                    "Depuis 2017, plusieurs journalistes ayant publié des documents confidentiels sur des ventes d'armes ou sur le fonctionnement des services de renseignement ont été convoqués par la direction générale de la sécurité intérieure et interrogés sur leurs sources.",
                    "Le syndicat rappelle que la charte déontologique des journalistes impose de garder le secret professionnel et de ne jamais divulguer la source des informations obtenues confidentiellement.",
                    "Le SJPI demande que toute atteinte au secret des sources soit soumise à l'autorisation préalable d'un juge et que le recel de violation du secret professionnel ne puisse être reproché à un journaliste.",
                ],
            ),
        ),
    )
    add(
        "civil-fr-csla",
        ("CSLA", "contact@csla-alerte.example.be"),
        "Contribution CSLA - à usage interne du Rapporteur spécial",
        T("""
            Madame, Monsieur,

            Le Collectif de soutien aux lanceurs d'alerte vous adresse la note ci-jointe, qui
            décrit la situation de plusieurs personnes que nous accompagnons. Certaines
            procédures étant toujours en cours, nous vous demandons de ne pas publier cette
            note et de ne pas la citer nommément : elle est destinée au seul usage du
            Rapporteur spécial pour la préparation de son rapport.

            Avec nos remerciements,
            Sophie Lambert
            Coordinatrice du CSLA, Bruxelles
            """),
        "fr",
        (CS, "Collectif de soutien aux lanceurs d'alerte", None),
        acr="CSLA",
        conf="confidential",
        tz=1,
        atts=(
            doc(
                "Note_CSLA_lanceurs_alerte.pdf",
                "fr",
                [
                    "Collectif de soutien aux lanceurs d'alerte (CSLA) - Note au Rapporteur spécial",
                    "Le Collectif accompagne aujourd'hui dix-sept lanceurs d'alerte, salariés du secteur privé ou agents publics, qui ont signalé des fraudes fiscales, des risques sanitaires ou des atteintes à l'environnement.",
                    "La plupart ont d'abord alerté leur hiérarchie, sans résultat, avant de s'adresser à la presse. Leurs employeurs ont engagé contre eux des poursuites pour vol de documents, violation du secret des affaires ou diffamation.",
                    "Les lanceurs d'alerte décrivent un isolement professionnel, des difficultés financières et, pour plusieurs, des problèmes de santé. Aucun n'a bénéficié d'une aide financière publique pendant la procédure.",
                    "Le CSLA recommande la création d'un fonds de soutien aux lanceurs d'alerte et l'extension de la protection à ceux qui s'adressent directement aux médias.",
                ],
            ),
        ),
    )
    add(
        "civil-fr-roacc",
        ("ROACC", "roacc.secretariat@gmail.com"),
        "Contribution - fuites et lutte contre la corruption en Afrique de l'Ouest",
        T("""
            Bonjour,

            Nous vous faisons parvenir notre contribution. Nous acceptons qu'elle soit mise en
            ligne, mais nous souhaitons qu'elle le soit de façon anonyme, sans le nom de
            notre réseau : plusieurs de nos membres ont déjà été menacés après la publication
            d'enquêtes fondées sur des documents divulgués.

            Cordialement,
            Le secrétariat du Réseau ouest-africain contre la corruption
            Ouagadougou
            """),
        "fr",
        (CS, "Réseau ouest-africain contre la corruption", None),
        acr="ROACC",
        conf="publish",
        flags=("anonymous",),
        tz=0,
        atts=(
            doc(
                "contribution_fuites_corruption.docx",
                "fr",
                [
                    "Réseau ouest-africain contre la corruption (ROACC) - Contribution",
                    "Les grandes affaires de corruption révélées dans la région ces dernières années l'ont presque toutes été grâce à des fuites : contrats miniers, listes de bénéficiaires de marchés publics, rapports d'inspection jamais rendus publics.",
                    "Les agents publics qui ont transmis ces documents ont été poursuivis pour violation du secret professionnel, alors que les faits qu'ils dénonçaient restaient impunis. Aucun pays de la région ne dispose d'une loi complète sur la protection des lanceurs d'alerte.",
                    "Nous recommandons l'adoption de telles lois et la création d'autorités indépendantes capables de recevoir des signalements anonymes.",
                ],
            ),
        ),
    )
    add(
        "civil-fr-alpm",
        ("Karim Benslimane", "k.benslimane@alpm-maghreb.example.tn"),
        "Contribution ALPM",
        T("""
            Madame, Monsieur,

            Au nom de l'Association pour la liberté de la presse au Maghreb, je vous prie de
            trouver ci-joint notre contribution sur la protection des sources et les
            poursuites contre les journalistes.

            Bien cordialement,

            Karim Benslimane
            Chargé de plaidoyer
            Association pour la liberté de la presse au Maghreb (ALPM)
            Tunis

            """)
        + DISCLAIMER_FR,
        "fr",
        (CS, "Association pour la liberté de la presse au Maghreb", None),
        acr="ALPM",
        flags=("disclaimer",),
        tz=1,
        atts=(
            doc(
                "ALPM_contribution.pdf",
                "fr",
                [
                    "Association pour la liberté de la presse au Maghreb (ALPM) - Contribution",
                    "Dans les trois pays couverts par l'association, les codes de la presse protègent le secret des sources, mais les journalistes sont poursuivis sur le fondement du code pénal ou de lois antiterroristes qui ne prévoient aucune protection.",
                    "En 2019, un journaliste a été condamné à six mois de prison pour avoir refusé de révéler l'identité de la personne qui lui avait remis un rapport confidentiel sur la gestion d'un hôpital public.",
                    "L'ALPM recommande que le secret des sources s'applique devant toutes les juridictions, quelle que soit la qualification des faits.",
                ],
            ),
        ),
    )
    add(
        "joint-fr-cpsa",
        ("Coalition pour la protection des sources en Afrique", "coalition.cpsa@example.org"),
        "Contribution conjointe de sept organisations",
        T("""
            Monsieur le Rapporteur spécial,

            Veuillez trouver ci-joint la contribution conjointe de la Coalition pour la
            protection des sources en Afrique, signée par sept organisations dont la liste
            figure en première page. Les signataires autorisent sa publication.

            Pour la Coalition,
            Aminata Diallo
            """),
        "fr",
        (CS, "Coalition pour la protection des sources en Afrique", None),
        acr="CPSA",
        conf="publish",
        tz=0,
        atts=(
            doc(
                "CPSA_contribution_conjointe.pdf",
                "fr",
                [
                    "Contribution conjointe de la Coalition pour la protection des sources en Afrique (CPSA) - Signataires : OLPAC, ROACC, Association des femmes journalistes du Sahel, Maison de la presse de Bamako, Union des radios communautaires, Journalistes en danger Afrique de l'Ouest, Observatoire des médias de Dakar",
                    "Les organisations signataires ont documenté, entre 2015 et 2019, 112 cas de journalistes interrogés, arrêtés ou poursuivis en lien avec des informations confidentielles qu'ils avaient publiées.",
                    "Dans une majorité de cas, les autorités cherchaient moins à sanctionner la publication qu'à identifier la source. Les journalistes qui ont refusé de parler ont été maintenus en détention plus longtemps.",
                    "La Coalition demande au Rapporteur spécial d'affirmer que la détention d'un journaliste pour obtenir le nom d'une source constitue une violation grave de la liberté d'expression.",
                ],
            ),
        ),
    )
    add(
        "civil-fr-jdh",
        ("Journalistes pour les droits humains", "jdh.haiti@yahoo.fr"),
        "RE: Appel à contributions : sources des journalistes, lanceurs d'alerte et fuites",
        T("""
            Bonjour,

            Merci pour l'appel. Voici notre contribution en pièce jointe.

            Salutations,
            Journalistes pour les droits humains (JDH), Port-au-Prince

            ---- Message d'origine ----
            De : SR Freedom of Expression (OHCHR) <freedex@ohchr.example>
            Date : 24 janvier 2020
            Objet : Appel à contributions : sources des journalistes, lanceurs d'alerte et
            fuites

            > Chers collègues,
            > Le Rapporteur spécial invite les États, la société civile et toutes les parties
            > intéressées à contribuer à son prochain rapport à l'Assemblée générale. Les
            > contributions seront publiées sur le site du HCDH, sauf si leur auteur demande
            > qu'elles restent confidentielles.
            """),
        "fr",
        (CS, "Journalistes pour les droits humains", None),
        acr="JDH",
        tz=-5,
        in_reply_to=CALL_ID,
        trap="reply to the call quoting its text on confidentiality: unspecified",
        atts=(
            doc(
                "JDH_contribution.pdf",
                "fr",
                [
                    "Journalistes pour les droits humains (JDH) - Contribution",
                    "En Haïti, les journalistes qui enquêtent sur les massacres dans les quartiers populaires dépendent de témoins qui ne parlent que sous couvert d'anonymat. Plusieurs de ces témoins ont été tués après la diffusion de reportages.",
                    "Des journalistes ont reçu des menaces de mort les sommant de révéler qui leur avait parlé. Deux ont quitté le pays en 2019.",
                    "JDH demande que l'État assure la protection des journalistes menacés et de leurs sources.",
                ],
            ),
        ),
    )
    add(
        "civil-fr-rli",
        ("Réseau Liberté Info", "contact@reseaulibertinfo.example.ci"),
        "Contribution tardive - Réseau Liberté Info",
        T("""
            Madame, Monsieur,

            Nous vous prions d'excuser ce léger retard. Notre contribution est jointe à ce
            message, en espérant qu'elle pourra encore être prise en compte.

            Cordialement,
            Yao Kouassi
            Président, Réseau Liberté Info
            Abidjan
            """),
        "fr",
        (CS, "Réseau Liberté Info", None),
        tz=0,
        received=after(18, 16, 3),
        atts=(
            doc(
                "RLI_contribution.docx",
                "fr",
                [
                    "Réseau Liberté Info - Contribution",
                    "En Côte d'Ivoire, la loi sur la presse de 2017 a supprimé les peines de prison pour les délits de presse, mais des journalistes continuent d'être poursuivis sur le fondement du code pénal pour la diffusion de documents administratifs.",
                    "En 2019, deux journalistes ont été condamnés pour « divulgation de fausses nouvelles » après avoir publié une note interne d'un ministère dont l'authenticité n'a jamais été contestée.",
                    "Nous recommandons que la loi sur la presse s'applique à tous les faits de publication commis par des journalistes.",
                ],
            ),
        ),
    )
    add(
        "civil-fr-anticor",
        ("Transparence Madagascar Citoyenne", "tmc@transparence-mg.example.org"),
        "Contribution TMC",
        T("""
            Bonjour,

            Veuillez trouver ci-joint la contribution de notre association.

            Cordialement,
            Hery Rakotomalala
            TMC
            """),
        "fr",
        (CS, "Transparence Madagascar Citoyenne", None),
        acr="TMC",
        conf="confidential",
        tz=3,
        trap="refusal only on the document's last page",
        atts=(
            doc(
                "TMC_contribution.pdf",
                "fr",
                [
                    "Transparence Madagascar Citoyenne (TMC) - Contribution au rapport du Rapporteur spécial",
                    "Les révélations sur le trafic de bois de rose et sur l'attribution de permis miniers ont été rendues possibles par des agents publics qui ont transmis des documents à des journalistes et à des associations.",
                    "Plusieurs de ces agents ont été mutés, licenciés ou poursuivis. Un militant qui avait relayé des documents sur les réseaux sociaux a été détenu pendant trois mois.",
                    "TMC recommande l'adoption d'une loi protégeant les lanceurs d'alerte et les personnes qui relaient leurs informations.",
                    "Note : cette contribution est adressée au Rapporteur spécial à titre confidentiel. Nous vous demandons de ne pas la publier sur le site du Haut-Commissariat, pour la sécurité des personnes concernées.",
                ],
                breaks=(4,),
            ),
        ),
    )
    add(
        "civil-fr-ldh",
        ("Ligue pour la défense des journalistes", "ldj.kinshasa@gmail.com"),
        "Contribution de la LDJ et annexe (confidentielle)",
        T("""
            Monsieur le Rapporteur spécial,

            Nous vous adressons notre contribution ainsi qu'une annexe. La contribution peut
            être publiée. L'annexe, qui contient les noms des journalistes et des sources
            concernés, est strictement confidentielle et ne doit pas être diffusée.

            Respectueusement,
            Patrice Mbuyi
            Coordonnateur, Ligue pour la défense des journalistes (LDJ)
            Kinshasa
            """),
        "fr",
        (CS, "Ligue pour la défense des journalistes", None),
        acr="LDJ",
        conf="confidential",
        flags=("partial_confidential",),
        tz=1,
        trap="the contribution may be published, the annex is confidential",
        atts=(
            doc(
                "LDJ_contribution.pdf",
                "fr",
                [
                    "Ligue pour la défense des journalistes (LDJ) - Contribution",
                    "En République démocratique du Congo, au moins quinze journalistes ont été arrêtés en 2019 après avoir publié des informations provenant de documents officiels. Plusieurs ont été interrogés par les services de renseignement sur la manière dont ils les avaient obtenus.",
                    "Les journalistes des provinces sont les plus exposés, faute d'avocats et d'organisations de soutien à proximité.",
                    "La LDJ recommande la révision de la loi sur la presse de 1996 afin d'y inscrire explicitement le secret des sources.",
                ],
            ),
            docx_file(
                "LDJ_annexe_cas.docx",
                "fr",
                [
                    "Annexe : liste des cas documentés en 2019",
                    "Cette annexe donne, pour chaque cas, le nom du journaliste, la province et la nature des pressions subies.",
                ],
                title="LDJ - Annexe confidentielle",
            ),
        ),
    )
    add(
        "civil-fr-afjs",
        ("AFJS", "afjs.niamey@gmail.com"),
        "Contribution de l'Association des femmes journalistes du Sahel",
        T("""
            Madame, Monsieur,

            Nous vous transmettons notre contribution. Vous pouvez la rendre publique, mais
            nous vous prions de ne faire apparaître ni le nom de notre association ni celui
            de ses membres.

            Avec nos salutations,
            Association des femmes journalistes du Sahel
            """),
        "fr",
        (CS, "Association des femmes journalistes du Sahel", None),
        acr="AFJS",
        conf="publish",
        flags=("anonymous",),
        tz=1,
        atts=(
            doc(
                "contribution_femmes_journalistes.pdf",
                "fr",
                [
                    "Association des femmes journalistes du Sahel (AFJS) - Contribution",
                    "Les femmes journalistes qui enquêtent sur les violences sexuelles dans les camps de déplacés s'appuient sur des témoignages recueillis sous couvert d'anonymat. Les autorités leur ont plusieurs fois demandé de révéler l'identité des victimes et des agents humanitaires qui les avaient renseignées.",
                    "Certaines de nos membres ont été harcelées en ligne après la publication de leurs reportages, avec la diffusion de leurs adresses et de photos de leurs enfants.",
                    "Nous demandons une protection particulière pour les journalistes et leurs sources dans les zones de conflit.",
                ],
            ),
        ),
    )
    add(
        "civil-fr-odm",
        ("Observatoire de déontologie des médias", "odm@odm-quebec.example.ca"),
        "Contribution de l'ODM - publication à confirmer",
        T("""
            Bonjour,

            L'Observatoire de déontologie des médias vous transmet sa contribution. Notre
            conseil d'administration se réunit le 25 mars pour décider si nos contributions
            aux organismes internationaux peuvent être rendues publiques ; nous vous
            informerons de sa décision.

            Bien à vous,
            Geneviève Tremblay
            Directrice générale, ODM
            Montréal
            """),
        "fr",
        (CS, "Observatoire de déontologie des médias", None),
        acr="ODM",
        conf="unclear",
        tz=-5,
        trap="publication pending a board's decision",
        atts=(
            doc(
                "ODM_contribution.docx",
                "fr",
                [
                    "Observatoire de déontologie des médias (ODM) - Contribution",
                    "En 2016, on a appris que des corps policiers avaient obtenu des mandats pour surveiller les téléphones de plusieurs journalistes afin d'identifier leurs sources. Une commission d'enquête a ensuite recommandé un encadrement plus strict.",
                    "La loi sur la protection des sources journalistiques, adoptée en 2017, exige désormais l'autorisation d'un juge de cour supérieure avant toute mesure visant un journaliste.",
                    "L'ODM constate toutefois que les journalistes indépendants et les pigistes connaissent mal ces garanties.",
                ],
            ),
        ),
    )


def french_academics_states() -> None:
    add(
        "acade-fr-crdm",
        ("Pr Ousmane Sarr", "ousmane.sarr@crdm.ucad.example.sn"),
        "Contribution du Centre de recherche sur le droit des médias (UCAD)",
        T("""
            Monsieur le Rapporteur spécial,

            Le Centre de recherche sur le droit des médias de l'Université Cheikh Anta Diop
            vous adresse sa contribution. Nous sommes heureux qu'elle soit rendue publique
            avec les autres contributions reçues.

            Pr Ousmane Sarr
            Directeur du CRDM
            Faculté des sciences juridiques et politiques, Dakar
            """),
        "fr",
        (AC, "Centre de recherche sur le droit des médias, Université Cheikh Anta Diop", None),
        alt=(
            "Centre de recherche sur le droit des médias (CRDM)",
            "CRDM, Université Cheikh Anta Diop",
        ),
        conf="publish",
        tz=0,
        atts=(
            doc(
                "CRDM_UCAD_contribution.pdf",
                "fr",
                [
                    "Centre de recherche sur le droit des médias (CRDM), Université Cheikh Anta Diop de Dakar - Contribution",
                    "Le Code de la presse de 2017 protège le secret des sources, mais autorise le juge à en ordonner la levée pour des motifs d'ordre public ou de sécurité nationale. Aucune décision publiée ne précise encore ces notions.",
                    "Nos recherches montrent que les journalistes sénégalais pratiquent largement l'anonymat des sources, souvent à la demande d'agents publics qui craignent des sanctions disciplinaires.",
                    "Le Centre recommande une définition restrictive des exceptions et une formation des magistrats.",
                ],
            ),
        ),
    )
    add(
        "acade-fr-ejbg",
        ("École de journalisme Bordeaux-Garonne", "direction@ejbg.example.fr"),
        "Contribution de l'EJBG",
        T("""
            Madame, Monsieur,

            Veuillez trouver ci-joint une courte contribution de notre école sur
            l'enseignement de la protection des sources et les conférences de presse
            « off ».

            Bien cordialement,
            Claire Dufresne
            Directrice des études
            """),
        "fr",
        (AC, "École de journalisme Bordeaux-Garonne", None),
        acr="EJBG",
        tz=1,
        trap="a school's paper on 'off' briefings: unspecified",
        atts=(
            doc(
                "EJBG_contribution.pdf",
                "fr",
                [
                    "École de journalisme Bordeaux-Garonne (EJBG) - Contribution",
                    "Nos étudiants apprennent à distinguer le « off », qui interdit toute publication, du « off » dit d'attribution, qui permet d'utiliser l'information sans nommer la personne qui l'a donnée.",
                    "Les stages en rédaction montrent que la frontière est souvent floue : des responsables politiques livrent des informations confidentielles sous couvert d'anonymat, puis démentent publiquement.",
                    "Nous proposons que les rédactions rendent publiques leurs règles sur l'usage de sources anonymes.",
                ],
            ),
        ),
    )
    add(
        "state-fr-fra",
        ("Mission permanente de la France", "droitsdelhomme.genf@diplomatie.example.fr"),
        "Note verbale - Mission permanente de la France - contribution",
        T("""
            Madame, Monsieur,

            Vous trouverez ci-joint la note verbale n° 2020-0214 de la Mission permanente de
            la France ainsi que la contribution des autorités françaises.

            Bien cordialement,
            Le Service des droits de l'homme
            Mission permanente de la France auprès de l'Office des Nations Unies à Genève
            """),
        "fr",
        (MS, "France", "FRA"),
        alt=("République française",),
        tz=1,
        atts=(
            doc(
                "France_NV_contribution.pdf",
                "fr",
                [
                    "La Mission permanente de la France auprès de l'Office des Nations Unies à Genève et des organisations internationales en Suisse présente ses compliments au Haut-Commissariat aux droits de l'homme et a l'honneur de lui transmettre la contribution des autorités françaises à l'appel du Rapporteur spécial.",
                    "L'article 2 de la loi du 29 juillet 1881 sur la liberté de la presse protège le secret des sources des journalistes. Il ne peut y être porté atteinte qu'à titre exceptionnel, si un impératif prépondérant d'intérêt public le justifie et si les mesures envisagées sont strictement nécessaires et proportionnées.",
                    "La loi du 9 décembre 2016 dite « Sapin II » a créé un statut général du lanceur d'alerte, garantit la confidentialité de son identité et l'exonère de responsabilité pénale lorsque la divulgation est nécessaire et proportionnée.",
                    "La Mission permanente de la France saisit cette occasion pour renouveler au Haut-Commissariat les assurances de sa haute considération.",
                ],
                title="Note verbale - Mission permanente de la France",
            ),
        ),
    )
    add(
        "state-fr-sen",
        ("Mission permanente du Sénégal", "senmission.geneve@example.sn"),
        "Contribution du Sénégal",
        T("""
            Madame, Monsieur,

            La Mission permanente de la République du Sénégal a l'honneur de vous transmettre
            la contribution du Gouvernement du Sénégal. Elle ne voit pas d'objection à sa
            publication sur le site internet du Haut-Commissariat.

            Le Secrétariat
            Mission permanente du Sénégal, Genève
            """),
        "fr",
        (MS, "Sénégal", "SEN"),
        alt=("Senegal", "République du Sénégal"),
        conf="publish",
        tz=0,
        atts=(
            doc(
                "Senegal_contribution.pdf",
                "fr",
                [
                    "République du Sénégal - Contribution du Gouvernement",
                    "Le Code de la presse consacre le droit du journaliste au secret de ses sources. La Constitution garantit la liberté d'expression et le droit à l'information plurielle.",
                    "L'Office national de lutte contre la fraude et la corruption peut recevoir des signalements, et la confidentialité de l'identité de leurs auteurs est assurée.",
                    "Le Gouvernement examine un projet de loi sur l'accès à l'information.",
                ],
            ),
        ),
    )
    add(
        "state-fr-bfa",
        ("Ministère de la Communication - Burkina Faso", "sg.mcrp@communication.example.gov.bf"),
        "Contribution du Burkina Faso (Ministère de la Communication et CSC)",
        T("""
            Monsieur le Rapporteur spécial,

            J'ai l'honneur de vous faire parvenir la contribution du Burkina Faso, élaborée
            par le Ministère de la Communication et des Relations avec le Parlement avec le
            Conseil supérieur de la communication.

            Le Secrétaire général
            Ministère de la Communication et des Relations avec le Parlement
            Ouagadougou
            """),
        "fr",
        (MS, "Burkina Faso", "BFA"),
        tz=0,
        atts=(
            doc(
                "BurkinaFaso_contribution_MCRP_CSC.docx",
                "fr",
                [
                    "Burkina Faso - Ministère de la Communication et des Relations avec le Parlement - Contribution",
                    "La loi portant régime juridique de la presse écrite reconnaît le droit du journaliste à protéger ses sources. Le Conseil supérieur de la communication, autorité de régulation, veille au respect de la déontologie.",
                    "En 2019, la loi a été modifiée pour encadrer la publication d'informations relatives aux opérations militaires, afin de protéger la sécurité des forces engagées contre le terrorisme.",
                    "Le Gouvernement reste attaché au dialogue avec les organisations professionnelles des médias.",
                ],
            ),
        ),
    )
    add(
        "state-fr-mar",
        ("Mission permanente du Royaume du Maroc", "mission.maroc@example.ma"),
        "Contribution du Royaume du Maroc - non destinée à la publication",
        T("""
            Madame, Monsieur,

            La Mission permanente du Royaume du Maroc à Genève vous transmet ci-joint les
            éléments de réponse des autorités marocaines. Ces éléments sont communiqués à
            titre d'information et ne sont pas destinés à être publiés.

            Mission permanente du Royaume du Maroc, Genève
            """),
        "fr",
        (MS, "Maroc", "MAR"),
        alt=("Morocco", "Royaume du Maroc"),
        conf="confidential",
        tz=0,
        atts=(
            doc(
                "Maroc_elements_reponse.pdf",
                "fr",
                [
                    "Royaume du Maroc - Éléments de réponse",
                    "Le Code de la presse et de l'édition de 2016 consacre le droit des journalistes à la protection de leurs sources, sauf décision judiciaire. Il a supprimé les peines privatives de liberté pour les délits de presse.",
                    "La loi relative au droit d'accès à l'information est entrée en vigueur en 2019.",
                ],
            ),
        ),
    )


def french_institutions() -> None:
    add(
        "nhri-fr-cncdh",
        ("CNCDH", "cncdh@cncdh.example.fr"),
        "Contribution de la CNCDH",
        T("""
            Monsieur le Rapporteur spécial,

            La Commission nationale consultative des droits de l'homme vous adresse sa
            contribution, qui peut être publiée.

            Bien respectueusement,
            Marc Leroy
            Conseiller juridique, CNCDH
            """),
        "fr",
        (NHRI, "Commission nationale consultative des droits de l'homme", "FRA"),
        acr="CNCDH",
        conf="publish",
        tz=1,
        atts=(
            doc(
                "CNCDH_contribution.pdf",
                "fr",
                [
                    "Commission nationale consultative des droits de l'homme (CNCDH) - Contribution",
                    "La CNCDH a recommandé à plusieurs reprises que la notion d'« impératif prépondérant d'intérêt public » soit précisée et que le secret des sources protège aussi les collaborateurs de la rédaction.",
                    "Elle a également relevé que la transposition de la loi sur le secret des affaires ne devait pas faire obstacle à la révélation d'informations d'intérêt public par des journalistes et des lanceurs d'alerte.",
                ],
            ),
        ),
    )
    add(
        "nhri-fr-cndh-tgo",
        ("CNDH Togo", "cndh.togo@example.tg"),
        "Contribution de la Commission nationale des droits de l'homme du Togo",
        T("""
            Monsieur le Rapporteur spécial,

            Nous vous prions de bien vouloir trouver ci-joint la contribution de la
            Commission nationale des droits de l'homme du Togo, avec nos excuses pour ce
            retard.

            Le Président de la CNDH
            Lomé
            """),
        "fr",
        (NHRI, "Commission nationale des droits de l'homme", "TGO"),
        acr="CNDH",
        alt=("Commission nationale des droits de l'homme du Togo",),
        tz=0,
        received=after(20, 9, 47),
        atts=(
            doc(
                "CNDH_Togo_contribution.pdf",
                "fr",
                [
                    "Commission nationale des droits de l'homme (CNDH) du Togo - Contribution",
                    "Le Code de la presse et de la communication garantit le secret des sources. La Commission a reçu en 2019 deux plaintes de journalistes convoqués par la police à propos de documents publiés sur la gestion de fonds publics.",
                    "La CNDH a rappelé aux autorités que le journaliste ne peut être contraint de révéler ses sources.",
                ],
            ),
        ),
    )
    add(
        "io-fr-oif",
        ("OIF - Direction des affaires politiques", "dapg@francophonie.example.org"),
        "Contribution de l'Organisation internationale de la Francophonie",
        T("""
            Monsieur le Rapporteur spécial,

            L'Organisation internationale de la Francophonie a le plaisir de vous transmettre
            sa contribution à votre rapport.

            Bien cordialement,
            Hélène Fabre
            Spécialiste de programme, Direction des affaires politiques et de la gouvernance
            démocratique
            """),
        "fr",
        (IO, "Organisation internationale de la Francophonie", None),
        acr="OIF",
        tz=1,
        atts=(
            doc(
                "OIF_contribution.pdf",
                "fr",
                [
                    "Organisation internationale de la Francophonie (OIF) - Contribution",
                    "La Déclaration de Bamako engage les États de la Francophonie à garantir la liberté de la presse. L'OIF accompagne les instances de régulation des médias de l'espace francophone, réunies au sein du REFRAM.",
                    "Plusieurs instances ont adopté des lignes directrices sur la couverture des informations sensibles, y compris sur l'usage de documents confidentiels et la protection des sources.",
                ],
            ),
        ),
    )


def french_others() -> None:
    add(
        "priv-fr-horizon",
        ("Direction juridique Horizon Médias", "juridique@horizon-medias.example.fr"),
        "Contribution du Groupe Horizon Médias",
        T("""
            Madame, Monsieur,

            Le Groupe Horizon Médias, éditeur de deux quotidiens et d'une chaîne
            d'information, vous adresse sa contribution sur les procédures engagées contre
            ses rédactions à la suite de publications fondées sur des documents confidentiels.

            Sincères salutations,
            Isabelle Moreau
            Directrice juridique
            """),
        "fr",
        (PS, "Groupe Horizon Médias", None),
        alt=("Horizon Médias",),
        tz=1,
        trap="a publisher's paper on embargoes and withheld names: unspecified",
        atts=(
            doc(
                "Horizon_Medias_contribution.pdf",
                "fr",
                [
                    "Groupe Horizon Médias - Contribution",
                    "Nos rédactions reçoivent régulièrement des rapports publics sous embargo, et il nous arrive de publier des documents qui nous ont été transmis avant leur date de diffusion officielle. Dans deux cas, les administrations concernées ont porté plainte pour recel de violation du secret professionnel.",
                    "En 2018, une ordonnance de référé nous a interdit de publier des extraits d'un rapport d'audit d'une entreprise publique ; l'interdiction a été levée en appel six mois plus tard. Les noms des salariés cités dans le rapport avaient été retirés par la rédaction avant toute publication.",
                    "Nous demandons que la presse ne puisse être empêchée de publier que par une décision motivée, rendue après un débat contradictoire.",
                ],
            ),
        ),
    )
    add(
        "assoc-fr-fnpi",
        ("FNPI", "contact@fnpi-presse.example.fr"),
        "Contribution FNPI - merci de ne pas publier avant le 31 mars",
        T("""
            Madame, Monsieur,

            La Fédération nationale de la presse d'information vous transmet sa
            contribution. Elle reprend les résultats d'une étude que nous présenterons à nos
            adhérents le 31 mars : nous acceptons qu'elle soit publiée sur votre site, mais
            pas avant cette date.

            Cordialement,
            Thomas Girard
            Délégué général, FNPI
            """),
        "fr",
        (PS, "Fédération nationale de la presse d'information", None),
        acr="FNPI",
        conf="publish",
        tz=1,
        trap="publication consented after an embargo date",
        atts=(
            doc(
                "FNPI_contribution_etude.pdf",
                "fr",
                [
                    "Fédération nationale de la presse d'information (FNPI) - Contribution",
                    "Notre étude auprès de 86 titres de presse montre que 40 % d'entre eux ont fait l'objet, depuis 2015, d'au moins une procédure visant à identifier une source ou à empêcher une publication.",
                    "Les petits éditeurs renoncent souvent à publier des documents confidentiels, faute de moyens pour se défendre.",
                    "La FNPI demande un dispositif de protection contre les procédures-bâillons.",
                ],
            ),
        ),
    )
    add(
        "civil-fr-urc",
        ("Union des radios communautaires", "urc.mali@gmail.com"),
        "Contribution URC",
        T("""
            Bonjour,

            Ci-joint la contribution de l'Union des radios communautaires du Mali.

            Le Secrétariat permanent
            Bamako
            """),
        "fr",
        (CS, "Union des radios communautaires du Mali", None),
        acr="URC",
        alt=("Union des radios communautaires",),
        conf="confidential",
        tz=0,
        trap="refusal only in the document's footer",
        atts=(
            doc(
                "URC_contribution.docx",
                "fr",
                [
                    "Union des radios communautaires du Mali (URC) - Contribution",
                    "Les radios communautaires du centre du pays diffusent des informations transmises par des auditeurs, souvent de manière anonyme, sur les exactions commises par des groupes armés ou par des forces de sécurité.",
                    "Des animateurs ont été menacés par des hommes armés qui exigeaient les noms de ces auditeurs. Plusieurs radios ont cessé d'émettre.",
                    "L'URC demande une protection des radios de proximité et de leurs informateurs.",
                ],
                footer="Document confidentiel - à ne pas publier",
            ),
        ),
    )
    add(
        "indiv-fr-journaliste",
        ("Nadia Benali", "nadia.benali.journaliste@gmail.com"),
        "Témoignage d'une journaliste",
        T("""
            Monsieur le Rapporteur spécial,

            Je suis journaliste indépendante. Je vous adresse ci-joint mon témoignage sur la
            perquisition de mon domicile après la publication d'une enquête. Vous pouvez le
            publier, mais de façon anonyme, sans mon nom : l'instruction est toujours en
            cours.

            Nadia Benali
            """),
        "fr",
        (IND, "Nadia Benali", None),
        conf="publish",
        flags=("anonymous",),
        tz=1,
        atts=(
            doc(
                "temoignage_journaliste.docx",
                "fr",
                [
                    "Témoignage d'une journaliste indépendante",
                    "En mars 2019, j'ai publié une enquête sur les conditions de détention dans une prison, fondée sur des documents internes et sur le témoignage de deux surveillants qui m'avaient demandé l'anonymat.",
                    "Trois semaines plus tard, mon domicile a été perquisitionné. Mon ordinateur et mes carnets ont été saisis. Les surveillants ont été identifiés et suspendus.",
                    "Je demande que les perquisitions chez les journalistes soient strictement encadrées.",
                ],
            ),
        ),
    )
    add(
        "indiv-fr-lanceur",
        ("Laurent D.", "laurent.d.2020@protonmail.com"),
        "Mon témoignage de lanceur d'alerte (confidentiel)",
        T("""
            Monsieur le Rapporteur spécial,

            J'ai été pendant douze ans comptable dans une filiale d'un grand groupe bancaire.
            En 2016, j'ai transmis à un journaliste des documents montrant un système
            d'évasion fiscale au profit de clients fortunés. L'enquête a été publiée et a
            conduit à l'ouverture d'une procédure judiciaire.

            Mon employeur m'a licencié pour faute grave et a porté plainte contre moi pour
            vol et violation du secret bancaire. Je suis toujours poursuivi.

            Je vous écris pour que mon expérience soit prise en compte, mais je vous demande
            de garder ce message strictement confidentiel et de ne le publier sous aucune
            forme.

            Laurent D.
            """),
        "fr",
        (IND, "Laurent D.", None),
        conf="confidential",
        tz=1,
        trap="a whistle-blower's refusal amid a story of disclosure",
    )
    add(
        "indiv-fr-avocat",
        ("Me François Kabongo", "f.kabongo@avocats-kabongo.example.be"),
        "Contribution de Me François Kabongo, avocat",
        T("""
            Monsieur le Rapporteur spécial,

            Avocat au barreau de Bruxelles, je défends depuis quinze ans des journalistes et
            des lanceurs d'alerte. Je vous adresse la note ci-jointe, que vous pouvez publier
            sous mon nom.

            Me François Kabongo
            """),
        "fr",
        (IND, "François Kabongo", None),
        alt=("Me François Kabongo",),
        conf="publish",
        tz=1,
        atts=(
            doc(
                "Note_Kabongo.pdf",
                "fr",
                [
                    "Note de Me François Kabongo, avocat au barreau de Bruxelles",
                    "La loi belge du 7 avril 2005 protège les sources des journalistes et de toute personne contribuant directement à la collecte ou à la diffusion de l'information. Elle ne permet la levée du secret que pour prévenir des infractions constituant une menace grave pour l'intégrité physique.",
                    "Cette loi est un modèle, mais son application aux lanceurs d'alerte eux-mêmes reste incertaine.",
                ],
            ),
        ),
    )
    add(
        "indiv-fr-redac",
        ("Élise Fournier", "e.fournier@lecourrierdulac.example.ch"),
        "Note d'une rédactrice en chef",
        T("""
            Madame, Monsieur,

            Rédactrice en chef d'un quotidien régional, je vous transmets une note sur les
            choix que nous faisons lorsque nous recevons des documents ayant fuité.

            Élise Fournier
            Le Courrier du Lac, Lausanne
            """),
        "fr",
        (IND, "Élise Fournier", None),
        tz=1,
        trap="an editor's note on withholding names: unspecified",
        atts=(
            doc(
                "Note_Fournier.docx",
                "fr",
                [
                    "Note d'Élise Fournier, rédactrice en chef du Courrier du Lac",
                    "Lorsque nous recevons des documents confidentiels, nous vérifions leur authenticité, puis nous décidons ce qui relève de l'intérêt public. Les noms des personnes privées sont systématiquement retirés.",
                    "Il nous est arrivé de renoncer à publier lorsque la source risquait d'être identifiée par le contenu même du document.",
                    "La protection des sources suppose aussi que les rédactions disposent des moyens techniques de garder leurs échanges confidentiels.",
                ],
            ),
        ),
    )
    add(
        "nots-fr-delai",
        ("Mamadou Traoré", "m.traore@presse-libre-gn.example.org"),
        "Question sur la date limite de l'appel",
        T("""
            Bonjour,

            Notre organisation prépare une contribution à l'appel du Rapporteur spécial sur
            les sources des journalistes. Pourriez-vous nous confirmer la date limite d'envoi
            et nous dire s'il serait possible de l'envoyer une semaine plus tard ? Nous
            attendons encore des informations de nos correspondants régionaux.

            Merci d'avance,
            Mamadou Traoré
            Presse libre Guinée, Conakry
            """),
        "fr",
        (None, None, None),
        kind="not_submission",
        tz=0,
        trap="a question about the deadline",
    )
    add(
        "nots-fr-merci",
        ("Sophie Lambert", "contact@csla-alerte.example.be"),
        "RE: Accusé de réception - contribution CSLA",
        T("""
            Bonjour,

            Merci beaucoup pour votre accusé de réception et pour votre confirmation que
            notre note restera confidentielle. Nous restons à votre disposition pour toute
            question du Rapporteur spécial.

            Bien à vous,
            Sophie Lambert
            CSLA
            """),
        "fr",
        (None, None, None),
        kind="not_submission",
        tz=1,
        in_reply_to="<ack-20200227-0915.csla@ohchr.example>",
        trap="a thank-you in a thread that mentions confidentiality",
    )
    add(
        "nots-fr-plainte",
        ("Bernard Okemba", "bernard.okemba@yahoo.fr"),
        "Demande d'intervention urgente - mon frère journaliste détenu",
        T("""
            Monsieur le Rapporteur spécial,

            Mon frère, journaliste à Brazzaville, est détenu depuis le 2 février sans avoir
            été présenté à un juge. La police lui reproche d'avoir publié un document
            confidentiel sur les finances d'une société publique et exige qu'il révèle qui le
            lui a remis.

            Je vous supplie d'intervenir auprès des autorités pour obtenir sa libération.
            Je peux vous envoyer tous les documents nécessaires.

            Respectueusement,
            Bernard Okemba
            """),
        "fr",
        (None, None, None),
        kind="not_submission",
        tz=1,
        trap="a personal complaint asking the Rapporteur to act on one case",
    )
    inner = Spec(
        slug="src-fwd-fr-apm-inner",
        frm=("Association de la presse mauritanienne", "apm.nouakchott@gmail.com"),
        subject="Contribution pour le rapport du Rapporteur spécial",
        to="c.martin@ohchr.example",
        body=T("""
            Chère Madame Martin,

            Suite à notre échange lors de l'atelier de Nouakchott, voici notre contribution.
            Nous acceptons qu'elle soit publiée.

            Cordialement,
            Sidi Ould Ahmed
            Président, Association de la presse mauritanienne
            """),
        lang="fr",
        tz=0,
        atts=[
            doc(
                "APM_contribution.pdf",
                "fr",
                [
                    "Association de la presse mauritanienne (APM) - Contribution",
                    "La loi sur la cybercriminalité de 2016 est utilisée contre des journalistes et des blogueurs qui diffusent des documents administratifs. Plusieurs ont été détenus pour avoir relayé des informations sur des marchés publics.",
                    "Les journalistes hésitent désormais à publier des documents sans l'accord écrit de l'administration.",
                    "L'APM recommande de dépénaliser la publication d'informations d'intérêt public.",
                ],
            ),
        ],
    )
    add(
        "fwd-fr-apm",
        ("Claire Martin", "c.martin@ohchr.example"),
        "TR: Contribution pour le rapport du Rapporteur spécial",
        T("""
            Bonjour à toutes et à tous,

            Je transfère cette contribution reçue directement sur ma boîte, pour
            enregistrement.

            Merci,
            Claire

            Claire Martin
            Chargée des droits de l'homme, Bureau régional pour l'Afrique de l'Ouest
            """),
        "fr",
        (CS, "Association de la presse mauritanienne", None),
        acr="APM",
        conf="publish",
        flags=("forwarded",),
        tz=0,
        inner=inner,
        trap="forwarded by a colleague as an attached message: the inner sender submits",
    )
    add(
        "civil-fr-gpl",
        ("Groupe Presse Libre Liban", "gpl.beyrouth@example.org.lb"),
        "Contribution GPL + dossier de cas",
        T("""
            Madame, Monsieur,

            Vous trouverez ci-joint deux documents : notre contribution et un dossier
            présentant cinq cas de journalistes convoqués devant le bureau de lutte contre la
            cybercriminalité.

            Cordialement,
            Rania Khoury
            Groupe Presse Libre Liban (GPL)
            """),
        "fr",
        (CS, "Groupe Presse Libre Liban", None),
        acr="GPL",
        tz=2,
        trap="two documents whose cases speak of anonymous sources: unspecified",
        atts=(
            doc(
                "GPL_contribution.pdf",
                "fr",
                [
                    "Groupe Presse Libre Liban (GPL) - Contribution",
                    "Au Liban, les journalistes sont de plus en plus souvent convoqués par le bureau de lutte contre la cybercriminalité plutôt que devant le tribunal des imprimés, qui offre davantage de garanties.",
                    "Lors de ces interrogatoires, on leur demande de signer des engagements à ne plus publier sur certains sujets et de révéler d'où viennent les documents publiés.",
                ],
            ),
            doc(
                "GPL_dossier_cas.docx",
                "fr",
                [
                    "Groupe Presse Libre Liban - Dossier de cas",
                    "Cas 1 : une journaliste convoquée après la publication d'un rapport confidentiel sur la gestion des déchets ; elle a refusé de révéler sa source et a été retenue six heures.",
                    "Cas 2 : un rédacteur web sommé de retirer un article fondé sur des témoignages anonymes de fonctionnaires ; l'article a été retiré.",
                ],
                title="Dossier de cas",
            ),
        ),
    )


# ====================================================================== Spanish


def spanish() -> None:
    spanish_ngos()
    spanish_academics_states()
    spanish_institutions()
    spanish_others()
    more_spanish()


def spanish_ngos() -> None:
    add(
        "civil-es-repetra",
        ("Valentina Rojas", "vrojas@repetra.example.org.co"),
        "Contribución de REPETRA - protección de fuentes periodísticas",
        T("""
            Estimado Relator Especial:

            La Red de Periodistas por la Transparencia (REPETRA) le remite su contribución
            para el informe a la Asamblea General. Autorizamos su publicación en la página
            web de la Oficina del Alto Comisionado.

            Saludos cordiales,
            Valentina Rojas
            Coordinadora jurídica, REPETRA
            Bogotá, Colombia
            """),
        "es",
        (CS, "Red de Periodistas por la Transparencia", None),
        acr="REPETRA",
        conf="publish",
        tz=-5,
        atts=(
            doc(
                "REPETRA_contribucion.pdf",
                "es",
                [
                    "Red de Periodistas por la Transparencia (REPETRA) - Contribución",
                    "La Constitución colombiana establece que el secreto profesional es inviolable y la Corte Constitucional ha reconocido que protege la reserva de la fuente periodística. Sin embargo, entre 2015 y 2019 registramos 27 casos en que fiscales o jueces pidieron a periodistas revelar quién les entregó documentos.",
                    "En 2019 se supo que unidades de inteligencia militar habían elaborado perfiles de periodistas nacionales y extranjeros, con listas de sus contactos, para identificar a los militares que les filtraban información.",
                    "Varios de esos militares fueron trasladados o sometidos a procesos disciplinarios, mientras que las irregularidades que denunciaban no fueron investigadas.",
                    "REPETRA recomienda sancionar las actividades de inteligencia dirigidas contra periodistas y proteger a los funcionarios que denuncian abusos.",
                ],
            ),
        ),
    )
    add(
        "civil-es-upcs",
        ("Unión de Periodistas del Cono Sur", "secretaria@upcs.example.org.uy"),
        "Aporte de la UPCS a la convocatoria",
        T("""
            Estimados/as:

            Adjuntamos el aporte de la Unión de Periodistas del Cono Sur sobre el secreto de
            las fuentes y las filtraciones en Argentina, Chile, Paraguay y Uruguay.

            Atentamente,
            Martín Sosa
            Secretario general, UPCS
            Montevideo
            """),
        "es",
        (CS, "Unión de Periodistas del Cono Sur", None),
        acr="UPCS",
        tz=-3,
        trap="document full of 'reserva de la fuente', 'confidencial': unspecified",
        atts=(
            doc(
                "UPCS_aporte.docx",
                "es",
                [
                    "Unión de Periodistas del Cono Sur (UPCS) - Aporte",
                    "Las constituciones de la región garantizan el secreto de las fuentes periodísticas, pero los periodistas siguen siendo citados como testigos en causas penales por filtraciones de expedientes judiciales y de información reservada.",
                    "En Argentina, un periodista fue procesado por publicar conversaciones telefónicas de un exfuncionario que le habían sido filtradas; el tribunal ordenó el secuestro de su teléfono, aunque luego lo revocó.",
                    "En Chile y Paraguay, documentos confidenciales de las fuerzas armadas publicados por la prensa dieron lugar a sumarios internos para identificar a los informantes, que fueron dados de baja.",
                    "La UPCS pide que ningún periodista sea obligado a declarar sobre sus fuentes y que la filtración de información de interés público no sea delito cuando revela abusos.",
                ],
            ),
        ),
    )
    add(
        "civil-es-oca",
        ("Observatorio Ciudadano Anticorrupción", "contacto@oca-honduras.example.hn"),
        "Aporte OCA - uso exclusivo del Relator",
        T("""
            Señor Relator Especial:

            El Observatorio Ciudadano Anticorrupción le envía el documento adjunto, que
            describe casos de funcionarios que entregaron pruebas de corrupción a la prensa.
            Le pedimos que el documento no se publique en el sitio web ni se cite con nuestro
            nombre, pues algunos de los funcionarios mencionados siguen en sus puestos y
            podrían ser identificados.

            Atentamente,
            Lic. Carlos Mejía
            Director ejecutivo, OCA
            Tegucigalpa
            """),
        "es",
        (CS, "Observatorio Ciudadano Anticorrupción", None),
        acr="OCA",
        conf="confidential",
        tz=-6,
        atts=(
            doc(
                "OCA_aporte_casos.pdf",
                "es",
                [
                    "Observatorio Ciudadano Anticorrupción (OCA) - Casos de denunciantes de corrupción",
                    "Entre 2016 y 2019 acompañamos a nueve servidores públicos que entregaron a periodistas documentos sobre sobreprecios en compras de medicamentos y en contratos de obra pública.",
                    "Seis fueron despedidos y tres enfrentan procesos penales por revelación de secretos. Ninguna de las denuncias que hicieron ha llegado a juicio.",
                    "Recomendamos una ley de protección de denunciantes con un mecanismo independiente de recepción de denuncias anónimas.",
                ],
            ),
        ),
    )
    add(
        "civil-es-ppd",
        ("PPD", "ppd.madrid@protonmail.com"),
        "Contribución Plataforma de Protección de Denunciantes",
        T("""
            Buenos días:

            Les enviamos nuestra contribución. Pueden publicarla, pero les pedimos que lo
            hagan sin mencionar el nombre de la Plataforma ni el de ninguna de las personas
            que la integran.

            Un saludo,
            Plataforma de Protección de Denunciantes
            """),
        "es",
        (CS, "Plataforma de Protección de Denunciantes", None),
        acr="PPD",
        conf="publish",
        flags=("anonymous",),
        tz=1,
        atts=(
            doc(
                "contribucion_denunciantes.pdf",
                "es",
                [
                    "Plataforma de Protección de Denunciantes (PPD) - Contribución",
                    "España no ha transpuesto todavía la directiva europea de protección de los denunciantes. Quienes revelan irregularidades en las administraciones públicas no cuentan con protección frente a represalias, salvo en algunas comunidades autónomas.",
                    "Las personas que acompañamos han sufrido despidos, traslados forzosos y querellas por revelación de secretos. Algunas tardaron más de diez años en ver reconocida la veracidad de lo que denunciaron.",
                    "Pedimos una autoridad independiente de protección de denunciantes y canales que permitan denunciar de forma anónima.",
                ],
            ),
        ),
    )
    add(
        "civil-es-fpd",
        ("Andrea Castillo", "acastillo@prensaydemocracia.example.org.pe"),
        "Contribución - Fundación Prensa y Democracia",
        T("""
            Estimados señores:

            Adjunto la contribución de la Fundación Prensa y Democracia sobre las querellas
            por difamación contra periodistas que publican información filtrada.

            Atentamente,

            Andrea Castillo
            Directora de Programas
            Fundación Prensa y Democracia
            Av. Arequipa 2450, Lima

            """)
        + DISCLAIMER_ES,
        "es",
        (CS, "Fundación Prensa y Democracia", None),
        flags=("disclaimer",),
        tz=-5,
        atts=(
            doc(
                "FPD_contribucion_difamacion.pdf",
                "es",
                [
                    "Fundación Prensa y Democracia - Contribución",
                    "En el Perú la difamación sigue siendo delito. Periodistas que publicaron audios filtrados de conversaciones entre jueces y empresarios fueron querellados por los propios implicados, que pidieron además que revelaran quién les entregó las grabaciones.",
                    "En 2019 un periodista fue condenado a pena suspendida y al pago de una reparación civil por un libro basado en documentos filtrados. La condena fue anulada tras una amplia protesta.",
                    "Recomendamos despenalizar la difamación y reconocer la exceptio veritatis cuando la información es de interés público.",
                ],
            ),
        ),
    )
    add(
        "joint-es-alfp",
        ("Alianza Latinoamericana por la Libertad de Prensa", "alianza.alfp@gmail.com"),
        "Contribución conjunta de la Alianza (6 organizaciones)",
        T("""
            Estimado Relator Especial:

            En nombre de las seis organizaciones de la Alianza Latinoamericana por la
            Libertad de Prensa, remitimos la contribución conjunta adjunta. Todas las
            organizaciones firmantes están de acuerdo con que se publique.

            Cordialmente,
            Lucía Fernández
            Secretaría técnica de la Alianza
            """),
        "es",
        (CS, "Alianza Latinoamericana por la Libertad de Prensa", None),
        acr="ALFP",
        conf="publish",
        tz=-6,
        atts=(
            doc(
                "ALFP_contribucion_conjunta.pdf",
                "es",
                [
                    "Contribución conjunta de la Alianza Latinoamericana por la Libertad de Prensa (ALFP): REPETRA (Colombia), UPCS (Cono Sur), Fundación Prensa y Democracia (Perú), Periodistas de a Pie Centroamérica, Observatorio de Medios de Bolivia y Colectivo Voces del Caribe",
                    "Las organizaciones firmantes registraron en 2019 más de 200 casos de periodistas vigilados, citados o procesados en relación con sus fuentes en once países de la región.",
                    "El uso de programas espía contra periodistas, documentado en México y otros países, muestra que la protección de las fuentes ya no depende solo de la voluntad del periodista de guardar silencio.",
                    "La Alianza pide al Relator que recomiende la prohibición de la vigilancia de periodistas sin orden judicial y la investigación de los casos ya conocidos.",
                ],
            ),
        ),
    )
    add(
        "civil-es-cpp",
        ("Centro de Periodismo del Pacífico", "cpp.ecuador@gmail.com"),
        "RE: Convocatoria: fuentes periodísticas, denunciantes y filtraciones",
        T("""
            Buenas tardes:

            Gracias por la convocatoria. Adjuntamos nuestro aporte.

            Saludos,
            Centro de Periodismo del Pacífico, Guayaquil

            ----- Mensaje original -----
            De: SR Freedom of Expression (OHCHR) <freedex@ohchr.example>
            Fecha: 24 de enero de 2020
            Asunto: Convocatoria: fuentes periodísticas, denunciantes y filtraciones

            > Estimados colegas:
            > El Relator Especial invita a los Estados, la sociedad civil y demás partes
            > interesadas a contribuir a su próximo informe a la Asamblea General. Las
            > contribuciones se publicarán en el sitio web del ACNUDH, salvo que su autor
            > solicite que se mantengan confidenciales.
            """),
        "es",
        (CS, "Centro de Periodismo del Pacífico", None),
        acr="CPP",
        tz=-5,
        in_reply_to=CALL_ID,
        trap="reply to the call quoting its text on confidentiality: unspecified",
        atts=(
            doc(
                "CPP_aporte.pdf",
                "es",
                [
                    "Centro de Periodismo del Pacífico (CPP) - Aporte",
                    "La Ley Orgánica de Comunicación de 2013 permitió sancionar a medios por publicar información filtrada. Su reforma de 2019 eliminó la Superintendencia de la Información, pero persisten procesos abiertos.",
                    "Periodistas que publicaron correos filtrados de altos funcionarios fueron demandados y obligados a rectificar.",
                    "Pedimos que se archiven los procesos iniciados al amparo de la ley anterior.",
                ],
            ),
        ),
    )
    add(
        "civil-es-apv",
        ("Asociación de Periodistas de Venezuela en el Exilio", "apve.contacto@gmail.com"),
        "Contribución (enviada fuera de plazo)",
        T("""
            Estimados:

            Lamentamos enviar nuestra contribución después de la fecha límite. Esperamos que
            aún pueda ser considerada para el informe.

            Atentamente,
            José Rafael Blanco
            Presidente, APVE
            Madrid
            """),
        "es",
        (CS, "Asociación de Periodistas de Venezuela en el Exilio", None),
        acr="APVE",
        tz=1,
        received=after(19, 18, 22),
        atts=(
            doc(
                "APVE_contribucion.docx",
                "es",
                [
                    "Asociación de Periodistas de Venezuela en el Exilio (APVE) - Contribución",
                    "Muchos de nuestros asociados salieron del país después de publicar información obtenida de fuentes dentro de la administración pública o de las fuerzas armadas. Varios de esos informantes fueron detenidos.",
                    "Desde el exilio, los periodistas siguen recibiendo documentos, pero las comunicaciones con sus fuentes son vigiladas y los familiares que permanecen en el país sufren presiones.",
                    "Pedimos al Relator que documente la persecución de las fuentes de los periodistas exiliados.",
                ],
            ),
        ),
    )
    add(
        "tribute-es-marisol",
        ("Colectivo Marisol Vive", "marisolvive.colectivo@gmail.com"),
        "En memoria de Marisol Ibarra - contribución de sus colegas",
        T("""
            Estimado Relator Especial:

            Somos compañeras y compañeros de Marisol Ibarra, reportera de La Voz del Golfo,
            asesinada en Veracruz en septiembre de 2019. Le enviamos este homenaje y el
            relato de su trabajo como nuestra contribución a su informe.

            Queremos que se publique, con su nombre y el nuestro: Marisol nunca reveló a
            quienes confiaron en ella, y lo menos que podemos hacer es que su historia se
            conozca.

            Colectivo Marisol Vive
            Xalapa, Veracruz
            """),
        "es",
        (CS, "Colectivo Marisol Vive", None),
        conf="publish",
        tz=-6,
        trap="a tribute to a murdered journalist, whose own story is about keeping sources secret",
        atts=(
            doc(
                "Homenaje_Marisol_Ibarra.pdf",
                "es",
                [
                    "Colectivo Marisol Vive - En memoria de Marisol Ibarra (1984-2019)",
                    "Marisol Ibarra trabajó quince años como reportera en Veracruz. Investigó las desapariciones en la zona centro del estado a partir de los testimonios de madres de desaparecidos y de expedientes de la fiscalía que le entregaban funcionarios a cambio de la promesa de no revelar su identidad.",
                    "En 2018 un juez la citó a declarar para que dijera quién le había dado copia de una averiguación previa. Se negó. Semanas después empezó a recibir amenazas, y el mecanismo de protección le asignó un botón de pánico.",
                    "Fue asesinada frente a su casa el 14 de septiembre de 2019. Sus libretas no han sido encontradas. Sus colegas tememos que quienes la mataron buscaran también a sus fuentes.",
                    "Pedimos justicia para Marisol y protección real para los periodistas y sus fuentes.",
                ],
            ),
        ),
    )
    add(
        "civil-es-omb",
        ("Observatorio de Medios de Bolivia", "omb.lapaz@example.org.bo"),
        "Aporte del Observatorio de Medios de Bolivia",
        T("""
            Estimados:

            El Observatorio de Medios de Bolivia les hace llegar su aporte sobre los fallos
            del Tribunal de Ética Periodística relativos a fuentes anónimas y filtraciones.

            Saludos,
            Rodrigo Quispe
            Investigador, OMB
            """),
        "es",
        (CS, "Observatorio de Medios de Bolivia", None),
        acr="OMB",
        tz=-4,
        trap="rulings on anonymity, consent and publication: unspecified",
        atts=(
            doc(
                "OMB_aporte.pdf",
                "es",
                [
                    "Observatorio de Medios de Bolivia (OMB) - Aporte",
                    "El Tribunal de Ética Periodística examinó entre 2017 y 2019 catorce denuncias relacionadas con el uso de fuentes anónimas. En la mayoría concluyó que el medio podía mantener la reserva de la fuente, siempre que hubiera verificado la información.",
                    "En dos casos el Tribunal reprochó a los medios haber publicado documentos filtrados sin el consentimiento de las víctimas de violencia sexual mencionadas, cuyos nombres no fueron retirados.",
                    "El OMB propone que los medios adopten protocolos sobre la publicación de documentos filtrados que contienen datos de terceros.",
                ],
            ),
        ),
    )
    add(
        "civil-es-ciap",
        ("CIAP Nicaragua", "ciap.nicaragua@protonmail.com"),
        "Contribución del Centro de Información y Apoyo a Periodistas",
        T("""
            Saludos cordiales:

            Adjuntamos nuestra contribución.

            Centro de Información y Apoyo a Periodistas (CIAP)
            """),
        "es",
        (CS, "Centro de Información y Apoyo a Periodistas", None),
        acr="CIAP",
        conf="confidential",
        tz=-6,
        trap="refusal only in the document's header",
        atts=(
            doc(
                "CIAP_contribucion.pdf",
                "es",
                [
                    "Centro de Información y Apoyo a Periodistas (CIAP) - Contribución",
                    "Desde 2018 más de setenta periodistas nicaragüenses han salido al exilio. Las redacciones de dos medios fueron allanadas y ocupadas, y sus archivos, con los datos de contacto de sus fuentes, quedaron en manos de la policía.",
                    "Funcionarios que habían filtrado información a la prensa fueron detenidos después de los allanamientos.",
                    "Pedimos que se exija la devolución de los archivos incautados.",
                ],
                header="CONFIDENCIAL - Documento para el Relator Especial, no publicar",
            ),
        ),
    )
    add(
        "civil-es-art",
        ("Acción por la Rendición de Cuentas", "info@accionrc.example.org.gt"),
        "Contribución + anexo reservado",
        T("""
            Estimado Relator:

            Adjuntamos nuestra contribución, que puede publicarse, y un anexo con
            testimonios. El anexo es reservado: les pedimos que no se publique ni se
            comparta fuera de la Relatoría.

            Atentamente,
            Ana Gabriela Morales
            Acción por la Rendición de Cuentas
            Ciudad de Guatemala
            """),
        "es",
        (CS, "Acción por la Rendición de Cuentas", None),
        conf="confidential",
        flags=("partial_confidential",),
        tz=-6,
        trap="the contribution may be published, the annex is confidential",
        atts=(
            doc(
                "ARC_contribucion.pdf",
                "es",
                [
                    "Acción por la Rendición de Cuentas - Contribución",
                    "En Guatemala, periodistas comunitarios que difundieron información filtrada sobre licencias mineras han sido denunciados penalmente por usurpación, amenazas o instigación a delinquir.",
                    "Las fuentes, con frecuencia trabajadores municipales, fueron despedidas tras la difusión.",
                    "Recomendamos el cese de la criminalización de periodistas comunitarios.",
                ],
            ),
            docx_file(
                "ARC_anexo_testimonios.docx",
                "es",
                [
                    "Anexo: testimonios",
                    "Testimonios de periodistas comunitarios y de trabajadores municipales recogidos en 2019.",
                ],
                title="Anexo reservado",
            ),
        ),
    )
    add(
        "civil-es-arca",
        ("ARCA", "arca.altiplano@gmail.com"),
        "Aporte de las radios comunitarias del altiplano",
        T("""
            Estimados señores:

            Les enviamos el aporte de la Asociación de Radios Comunitarias del Altiplano.
            Pueden difundirlo, pero sin el nombre de la asociación: nuestras radios están en
            comunidades pequeñas donde todos se conocen.

            Saludos fraternos,
            ARCA
            """),
        "es",
        (CS, "Asociación de Radios Comunitarias del Altiplano", None),
        acr="ARCA",
        conf="publish",
        flags=("anonymous",),
        tz=-5,
        atts=(
            doc(
                "aporte_radios_comunitarias.docx",
                "es",
                [
                    "Asociación de Radios Comunitarias del Altiplano (ARCA) - Aporte",
                    "Nuestras radios reciben llamadas de oyentes que denuncian, sin dar su nombre, abusos de autoridades locales o de empresas mineras. Las autoridades han exigido a los locutores las grabaciones y los números de teléfono de quienes llamaron.",
                    "Dos radios fueron clausuradas por no tener licencia después de negarse a entregar esos datos.",
                    "Pedimos que se proteja la reserva de las fuentes también en los medios comunitarios.",
                ],
            ),
        ),
    )


def spanish_academics_states() -> None:
    add(
        "acade-es-clinica",
        (
            "Clínica Jurídica de Libertad de Expresión",
            "clinica.le@derecho.uandes-sur.example.edu.ar",
        ),
        "Contribución de la Clínica Jurídica de Libertad de Expresión",
        T("""
            Estimado Relator Especial:

            La Clínica Jurídica de Libertad de Expresión de la Facultad de Derecho de la
            Universidad Andina del Sur remite su contribución. Damos nuestro consentimiento
            para que se publique.

            Dra. Mariana Quiroga
            Directora de la Clínica
            Mendoza, Argentina
            """),
        "es",
        (AC, "Clínica Jurídica de Libertad de Expresión, Universidad Andina del Sur", None),
        alt=("Clínica Jurídica de Libertad de Expresión",),
        conf="publish",
        tz=-3,
        atts=(
            doc(
                "Clinica_LE_contribucion.pdf",
                "es",
                [
                    "Clínica Jurídica de Libertad de Expresión, Facultad de Derecho, Universidad Andina del Sur - Contribución",
                    "Analizamos 46 sentencias de tribunales latinoamericanos dictadas entre 2010 y 2019 sobre el secreto de las fuentes periodísticas. En 31 se reconoció el derecho del periodista a no revelar su fuente; en 9 se ordenó la revelación, casi siempre en causas por filtración de información reservada.",
                    "Pocas sentencias examinan si la información filtrada era de interés público, cuestión que para la Corte Interamericana debería ser central.",
                    "Recomendamos que los tribunales apliquen un examen estricto de necesidad antes de ordenar cualquier medida que pueda revelar una fuente.",
                ],
            ),
        ),
    )
    add(
        "acade-es-escuela",
        ("Escuela de Periodismo Sur", "direccion@escuelaperiodismosur.example.cl"),
        "Aporte de la Escuela de Periodismo Sur",
        T("""
            Estimados:

            Les hacemos llegar el aporte de nuestra escuela sobre la formación de periodistas
            en seguridad digital y protección de fuentes.

            Cordialmente,
            Prof. Ignacio Vergara
            Director, Escuela de Periodismo Sur
            Concepción, Chile
            """),
        "es",
        (AC, "Escuela de Periodismo Sur", None),
        tz=-3,
        trap="a school's paper on protecting sources: unspecified",
        atts=(
            doc(
                "EPS_aporte.docx",
                "es",
                [
                    "Escuela de Periodismo Sur - Aporte",
                    "Desde 2017 nuestra escuela incluye un curso obligatorio de seguridad digital. Los estudiantes aprenden a cifrar sus comunicaciones, a no guardar datos que identifiquen a sus fuentes y a distinguir entre información 'off the record' y de atribución reservada.",
                    "Las encuestas a egresados muestran que en las redacciones pequeñas estas prácticas casi no se aplican.",
                    "Proponemos que los medios públicos ofrezcan formación gratuita a periodistas locales.",
                ],
            ),
        ),
    )
    add(
        "state-es-mex",
        ("Misión Permanente de México", "mexico.ginebra@sre.example.gob.mx"),
        "Nota verbal - Misión Permanente de México - respuesta a la convocatoria",
        T("""
            Estimados señores:

            Se remite adjunta la nota verbal MGN-0412/2020 de la Misión Permanente de México,
            con la respuesta del Estado mexicano a la convocatoria del Relator Especial.

            Atentamente,
            Misión Permanente de México ante la Oficina de las Naciones Unidas en Ginebra
            """),
        "es",
        (MS, "México", "MEX"),
        alt=("Mexico", "Estados Unidos Mexicanos"),
        tz=1,
        atts=(
            doc(
                "Mexico_NV_respuesta.pdf",
                "es",
                [
                    "La Misión Permanente de México ante la Oficina de las Naciones Unidas y otros Organismos Internacionales con sede en Ginebra saluda atentamente a la Oficina del Alto Comisionado para los Derechos Humanos y tiene el honor de remitir la respuesta del Estado mexicano a la convocatoria del Relator Especial.",
                    "El artículo 243 del Código Nacional de Procedimientos Penales reconoce el derecho de los periodistas a no revelar sus fuentes. El Mecanismo de Protección para Personas Defensoras de Derechos Humanos y Periodistas brinda medidas de protección a periodistas en riesgo.",
                    "La Fiscalía Especial para la Atención de Delitos cometidos contra la Libertad de Expresión investiga los delitos cometidos contra periodistas.",
                    "La Misión Permanente de México aprovecha la ocasión para reiterar a la Oficina del Alto Comisionado las seguridades de su más alta y distinguida consideración.",
                ],
                title="Nota verbal - Misión Permanente de México",
            ),
        ),
    )
    add(
        "state-es-arg",
        ("Misión Argentina Ginebra", "mision.ginebra@cancilleria.example.gob.ar"),
        "Contribución de la República Argentina",
        T("""
            Estimados:

            Adjunto la contribución de la República Argentina. El Gobierno argentino no tiene
            inconveniente en que sea publicada en el sitio de la Oficina.

            Saludos cordiales,
            Área de Derechos Humanos
            Misión Permanente de la República Argentina, Ginebra
            """),
        "es",
        (MS, "Argentina", "ARG"),
        alt=("República Argentina",),
        conf="publish",
        tz=1,
        atts=(
            doc(
                "Argentina_contribucion.docx",
                "es",
                [
                    "República Argentina - Contribución",
                    "El artículo 43 de la Constitución Nacional establece que no podrá afectarse el secreto de las fuentes de información periodística. La Ley 27.275 de Derecho de Acceso a la Información Pública creó una agencia independiente para garantizarlo.",
                    "La Oficina Anticorrupción dispone de canales de denuncia que permiten reservar la identidad del denunciante.",
                ],
            ),
        ),
    )
    add(
        "state-es-col",
        ("Ministerio de Justicia - Colombia", "cooperacion@minjusticia.example.gov.co"),
        "Aporte del Ministerio de Justicia y del Derecho de Colombia",
        T("""
            Señores
            Oficina del Alto Comisionado
            Ginebra

            De manera atenta remito el aporte del Ministerio de Justicia y del Derecho de la
            República de Colombia a la convocatoria del Relator Especial.

            Cordialmente,
            Dirección de Asuntos Internacionales
            Ministerio de Justicia y del Derecho
            """),
        "es",
        (MS, "Colombia", "COL"),
        alt=("República de Colombia",),
        tz=-5,
        atts=(
            doc(
                "Colombia_MinJusticia_aporte.pdf",
                "es",
                [
                    "República de Colombia - Ministerio de Justicia y del Derecho - Aporte",
                    "El artículo 74 de la Constitución Política establece que el secreto profesional es inviolable. La jurisprudencia constitucional ha reconocido que ello incluye la reserva de la fuente periodística.",
                    "La Ley 1712 de 2014 regula el acceso a la información pública y sus excepciones. Se tramita un proyecto de ley para proteger a los denunciantes de actos de corrupción.",
                ],
            ),
        ),
    )
    add(
        "state-es-gtm",
        ("Misión Permanente de Guatemala", "onusuiza@minex.example.gob.gt"),
        "Guatemala - respuesta (reservada)",
        T("""
            Estimados señores:

            Por instrucciones de la Cancillería, se transmite la respuesta del Estado de
            Guatemala. Se solicita que la información se maneje de forma reservada y que no
            sea publicada.

            Atentamente,
            Misión Permanente de Guatemala, Ginebra
            """),
        "es",
        (MS, "Guatemala", "GTM"),
        alt=("República de Guatemala",),
        conf="confidential",
        tz=1,
        atts=(
            doc(
                "Guatemala_respuesta.pdf",
                "es",
                [
                    "Estado de Guatemala - Respuesta a la convocatoria",
                    "La Ley de Emisión del Pensamiento garantiza que los periodistas no están obligados a revelar sus fuentes de información. La Ley de Acceso a la Información Pública establece la información reservada y confidencial.",
                    "El Ministerio Público cuenta con una Fiscalía de Delitos contra Periodistas.",
                ],
            ),
        ),
    )
    add(
        "state-es-pry",
        ("Misión Permanente del Paraguay", "misionpy.ginebra@mre.example.gov.py"),
        "Paraguay - aporte a la convocatoria del Relator Especial",
        T("""
            De nuestra consideración:

            La Misión Permanente de la República del Paraguay remite adjunto el aporte del
            Estado paraguayo, con disculpas por la demora.

            Atentamente,
            Misión Permanente del Paraguay, Ginebra
            """),
        "es",
        (MS, "Paraguay", "PRY"),
        alt=("República del Paraguay",),
        tz=1,
        received=after(23, 10, 5),
        atts=(
            doc(
                "Paraguay_aporte.pdf",
                "es",
                [
                    "República del Paraguay - Aporte",
                    "El artículo 29 de la Constitución Nacional reconoce que los periodistas no pueden ser obligados a revelar sus fuentes de información. La Ley 5282/14 garantiza el libre acceso ciudadano a la información pública.",
                    "El Estado trabaja con los gremios de prensa en un protocolo de protección de periodistas.",
                ],
            ),
        ),
    )


def spanish_institutions() -> None:
    add(
        "nhri-es-dpp",
        ("Defensoría del Pueblo del Perú", "internacional@defensoria.example.gob.pe"),
        "Aporte de la Defensoría del Pueblo del Perú",
        T("""
            Señor Relator Especial:

            Tengo el agrado de remitirle el aporte de la Defensoría del Pueblo del Perú.

            Atentamente,
            Adjuntía para los Derechos Humanos
            Defensoría del Pueblo
            """),
        "es",
        (NHRI, "Defensoría del Pueblo del Perú", "PER"),
        alt=("Defensoría del Pueblo",),
        tz=-5,
        atts=(
            doc(
                "Defensoria_Peru_aporte.pdf",
                "es",
                [
                    "Defensoría del Pueblo del Perú - Aporte",
                    "La Constitución garantiza el secreto profesional de los periodistas. La Defensoría recibió en 2019 quejas de periodistas regionales citados por la policía tras publicar informes de control filtrados.",
                    "La Defensoría recomendó a la Policía Nacional abstenerse de interrogar a periodistas sobre sus fuentes.",
                ],
            ),
        ),
    )
    add(
        "nhri-es-cndh",
        ("CNDH México - Asuntos Internacionales", "internacional@cndh.example.org.mx"),
        "Contribución de la Comisión Nacional de los Derechos Humanos",
        T("""
            Estimado Relator Especial:

            La Comisión Nacional de los Derechos Humanos de México remite su contribución y
            autoriza su publicación.

            Atentamente,
            Dirección General de Asuntos Internacionales, CNDH
            """),
        "es",
        (NHRI, "Comisión Nacional de los Derechos Humanos", "MEX"),
        acr="CNDH",
        alt=("Comisión Nacional de los Derechos Humanos de México",),
        conf="publish",
        tz=-6,
        atts=(
            doc(
                "CNDH_contribucion.pdf",
                "es",
                [
                    "Comisión Nacional de los Derechos Humanos (CNDH), México - Contribución",
                    "La CNDH ha documentado desde el año 2000 más de un centenar de homicidios de periodistas. En varios casos, las víctimas habían publicado información obtenida de fuentes confidenciales dentro de corporaciones policiales.",
                    "La Comisión ha emitido recomendaciones sobre el uso de programas de vigilancia contra periodistas y defensores.",
                ],
            ),
        ),
    )
    add(
        "io-es-rele",
        ("Relatoría Especial para la Libertad de Expresión", "rele@cidh.example.org"),
        "Aporte de la Relatoría Especial para la Libertad de Expresión de la CIDH",
        T("""
            Estimado Relator Especial:

            La Relatoría Especial para la Libertad de Expresión de la Comisión
            Interamericana de Derechos Humanos tiene el agrado de remitirle su aporte.

            Con un saludo cordial,
            Oficina de la Relatoría Especial para la Libertad de Expresión, Washington D.C.
            """),
        "es",
        (IO, "Comisión Interamericana de Derechos Humanos", None),
        acr="CIDH",
        alt=(
            "Relatoría Especial para la Libertad de Expresión de la CIDH",
            "Relatoría Especial para la Libertad de Expresión",
            "Inter-American Commission on Human Rights",
        ),
        tz=-5,
        atts=(
            doc(
                "RELE_CIDH_aporte.pdf",
                "es",
                [
                    "Relatoría Especial para la Libertad de Expresión, Comisión Interamericana de Derechos Humanos - Aporte",
                    "El principio 8 de la Declaración de Principios sobre Libertad de Expresión establece que todo comunicador social tiene derecho a la reserva de sus fuentes de información, apuntes y archivos personales y profesionales.",
                    "La Relatoría ha señalado que la persecución penal de quienes divulgan información de interés público, incluida información reservada, es incompatible con la Convención Americana cuando no supera un estricto examen de proporcionalidad.",
                ],
            ),
        ),
    )


def spanish_others() -> None:
    add(
        "priv-es-brujula",
        ("Editorial La Brújula", "asesoria.legal@labrujula.example.com.sv"),
        "Contribución de Editorial La Brújula S.A.",
        T("""
            Estimados señores:

            Editorial La Brújula, S.A., editora de un diario digital, remite su contribución
            sobre las órdenes judiciales de no publicar y las demandas recibidas tras la
            publicación de documentos filtrados.

            Atentamente,
            Lic. Ernesto Alvarado
            Asesor legal
            """),
        "es",
        (PS, "Editorial La Brújula", None),
        alt=("Editorial La Brújula S.A.", "Editorial La Brújula, S.A."),
        tz=-6,
        trap="a publisher's paper on court orders not to publish: unspecified",
        atts=(
            doc(
                "LaBrujula_contribucion.pdf",
                "es",
                [
                    "Editorial La Brújula, S.A. - Contribución",
                    "En 2019 un juez nos ordenó abstenernos de publicar un reportaje basado en expedientes filtrados sobre negociaciones entre funcionarios y pandillas. La publicación quedó bloqueada durante cuatro meses.",
                    "Cuando finalmente publicamos, retiramos los nombres de los testigos protegidos que aparecían en los expedientes, pero mantuvimos los de los funcionarios.",
                    "Recomendamos que la censura previa judicial quede prohibida, conforme al artículo 13 de la Convención Americana.",
                ],
            ),
        ),
    )
    add(
        "priv-es-telecom",
        ("Regulatorio Conecta Andina", "regulatorio@conectaandina.example.com"),
        "Aporte Conecta Andina - información confidencial",
        T("""
            Estimados:

            Conecta Andina S.A. remite el documento adjunto sobre las solicitudes de
            autoridades para acceder a datos de comunicaciones de periodistas. El documento
            se entrega con carácter confidencial y solicitamos que no se publique.

            Atentamente,
            Gerencia de Asuntos Regulatorios
            Conecta Andina S.A.
            """),
        "es",
        (PS, "Conecta Andina", None),
        alt=("Conecta Andina S.A.",),
        conf="confidential",
        tz=-5,
        atts=(
            doc(
                "ConectaAndina_aporte.pdf",
                "es",
                [
                    "Conecta Andina S.A. - Aporte sobre solicitudes de datos de comunicaciones",
                    "En 2019 recibimos 3.412 solicitudes de autoridades para acceder a registros de llamadas y datos de ubicación. No es posible identificar cuántas se referían a periodistas, pues las solicitudes no indican la profesión del titular.",
                    "Cuando una solicitud no va acompañada de orden judicial, la rechazamos.",
                ],
            ),
        ),
    )
    add(
        "indiv-es-periodista",
        ("Gabriela Torres", "gabitorres.periodista@gmail.com"),
        "Testimonio - por favor sin mi nombre",
        T("""
            Estimado Relator:

            Soy periodista de investigación en Honduras. Le adjunto mi testimonio. Pueden
            publicarlo, pero les ruego que sea de forma anónima, sin mi nombre ni el de mi
            medio.

            Gracias,
            Gabriela
            """),
        "es",
        (IND, "Gabriela Torres", None),
        conf="publish",
        flags=("anonymous",),
        tz=-6,
        atts=(
            doc(
                "testimonio_periodista.docx",
                "es",
                [
                    "Testimonio de una periodista de investigación",
                    "En 2018 publiqué una serie sobre desvíos de fondos en la compra de medicamentos, basada en documentos que me entregó una funcionaria del ministerio. Le prometí que nunca revelaría su nombre.",
                    "Fui citada por la fiscalía como testigo y me pidieron que dijera cómo obtuve los documentos. Me negué. Desde entonces me siguen y he recibido mensajes amenazantes.",
                    "La funcionaria fue trasladada a otra ciudad. Pido que se protejan tanto a los periodistas como a sus fuentes.",
                ],
            ),
        ),
    )
    add(
        "indiv-es-denunciante",
        ("R. Salazar", "rsalazar.denuncia@protonmail.com"),
        "Mi caso como denunciante",
        T("""
            Señor Relator Especial:

            Le envío el documento adjunto en el que relato mi caso.

            R. Salazar
            """),
        "es",
        (IND, "R. Salazar", None),
        conf="confidential",
        tz=-5,
        trap="refusal only on the document's last page",
        atts=(
            doc(
                "caso_denunciante.pdf",
                "es",
                [
                    "Relato de un denunciante",
                    "Trabajé como ingeniero en una empresa contratista del Estado. En 2017 entregué a un periodista informes que demostraban que una carretera había sido construida con materiales de menor calidad que los pagados.",
                    "La empresa me identificó, me despidió y me denunció por revelación de secretos empresariales. El proceso sigue abierto.",
                    "Solicito que este documento se mantenga confidencial y que no se publique en ninguna forma, ni mi nombre ni mi relato, mientras el proceso en mi contra continúe.",
                ],
                breaks=(2,),
            ),
        ),
    )
    add(
        "indiv-es-abogada",
        ("Lorena Paz", "lpaz@pazabogados.example.com.co"),
        "Aporte de Lorena Paz, abogada",
        T("""
            Estimado Relator Especial:

            Soy abogada y he defendido a periodistas en causas relacionadas con sus fuentes.
            Remito el aporte adjunto a título personal y estoy de acuerdo con que se publique
            con mi nombre.

            Lorena Paz
            Paz Abogados, Medellín
            """),
        "es",
        (IND, "Lorena Paz", None),
        conf="publish",
        tz=-5,
        atts=(
            doc(
                "Aporte_Lorena_Paz.pdf",
                "es",
                [
                    "Aporte de Lorena Paz, abogada",
                    "Los periodistas a quienes he defendido no fueron condenados por negarse a revelar sus fuentes, pero los procesos duraron años y tuvieron un efecto intimidatorio sobre sus colegas.",
                    "Recomiendo que las citaciones a periodistas para declarar sobre sus fuentes requieran autorización judicial previa.",
                ],
            ),
        ),
    )
    add(
        "indiv-es-editor",
        ("Héctor Ramírez", "hector.ramirez@eldiariodelnorte.example.mx"),
        "Nota de un editor sobre documentos filtrados",
        T("""
            Estimados:

            Soy editor de un periódico regional en el norte de México. Les comparto la nota
            adjunta sobre cómo decidimos qué publicar y qué reservar cuando recibimos
            documentos filtrados.

            Héctor Ramírez
            Editor, El Diario del Norte
            """),
        "es",
        (IND, "Héctor Ramírez", None),
        tz=-7,
        trap="an editor's note on withholding and publishing: unspecified",
        atts=(
            doc(
                "Nota_Ramirez.docx",
                "es",
                [
                    "Nota de Héctor Ramírez, editor de El Diario del Norte",
                    "Cuando recibimos documentos filtrados, publicamos solo lo que podemos verificar. Los nombres de víctimas y testigos se reservan siempre; los de funcionarios, no.",
                    "Hemos dejado de publicar reportajes enteros cuando la fuente corría peligro de ser identificada. Esa decisión la toma el editor con el reportero, nunca sin consultar a la fuente.",
                    "Los periódicos regionales necesitan apoyo legal para resistir las demandas que siguen a estas publicaciones.",
                ],
            ),
        ),
    )
    add(
        "nots-es-queja",
        ("María Elena Cruz", "mariaelena.cruz61@hotmail.com"),
        "Solicitud urgente de ayuda - mi hijo periodista",
        T("""
            Señor Relator:

            Mi hijo es periodista en San Pedro Sula y desde hace dos semanas recibe amenazas
            de muerte porque publicó documentos sobre la policía. Le exigen que diga quién se
            los dio. La fiscalía no ha hecho nada.

            Le pido por favor que intervenga ante el gobierno de Honduras para que le den
            protección. Tengo miedo por su vida.

            María Elena Cruz
            """),
        "es",
        (None, None, None),
        kind="not_submission",
        tz=-6,
        trap="a personal complaint asking the Rapporteur to act on one case",
    )
    add(
        "civil-es-fdp",
        ("Foro de Periodistas de Paraguay", "fdp.asuncion@gmail.com"),
        "Contribución del Foro de Periodistas de Paraguay",
        T("""
            Estimados y estimadas:

            El Foro de Periodistas de Paraguay quiere aportar al informe del Relator con
            algunas observaciones breves, que incluimos en este mismo correo.

            En los últimos tres años, al menos seis periodistas paraguayos fueron citados por
            fiscales para declarar sobre el origen de documentos publicados sobre contratos
            de la entidad binacional de energía. Todos se negaron invocando la Constitución.
            Aun así, uno de ellos fue imputado por supuesta asociación con el funcionario que
            le entregó los documentos.

            En el interior del país, los periodistas que investigan el narcotráfico dependen
            de fuentes que nunca pueden ser nombradas. Varios han sido asesinados.

            Pedimos que el Relator recomiende que ningún periodista sea imputado por recibir
            documentos de una fuente, y que se cree un mecanismo de protección.

            Con mucho gusto autorizamos que este aporte se haga público.

            Foro de Periodistas de Paraguay (FOPEP)
            Asunción
            """),
        "es",
        (CS, "Foro de Periodistas de Paraguay", None),
        acr="FOPEP",
        conf="publish",
        tz=-3,
        trap="body-only submission",
    )
    add(
        "civil-es-sntc",
        ("Sindicato de Trabajadores de Prensa de Cuyo", "sitrapcuyo@gmail.com"),
        "Aporte SITRAP Cuyo (dos documentos)",
        T("""
            Estimados:

            Adjuntamos dos documentos: el aporte del sindicato y una declaración de nuestra
            asamblea sobre el secreto de las fuentes.

            Saludos,
            Comisión Directiva, SITRAP Cuyo
            """),
        "es",
        (CS, "Sindicato de Trabajadores de Prensa de Cuyo", None),
        acr="SITRAP Cuyo",
        tz=-3,
        trap="two documents speaking of confidentiality of sources: unspecified",
        atts=(
            doc(
                "SITRAP_aporte.pdf",
                "es",
                [
                    "Sindicato de Trabajadores de Prensa de Cuyo (SITRAP Cuyo) - Aporte",
                    "Los periodistas de las provincias de Cuyo trabajan en medios pequeños que dependen de la publicidad oficial. Cuando publican información filtrada sobre los gobiernos provinciales, pierden esa publicidad o su empleo.",
                    "Algunos empleadores han exigido a sus periodistas que revelen a la empresa la identidad de sus fuentes antes de publicar.",
                ],
            ),
            doc(
                "SITRAP_declaracion.docx",
                "es",
                [
                    "Declaración de la asamblea de SITRAP Cuyo",
                    "El secreto de las fuentes pertenece al periodista y no puede ser exigido ni por el Estado ni por el empleador.",
                ],
                title="Declaración sobre el secreto de las fuentes",
            ),
        ),
    )


def more_english() -> None:
    add(
        "civil-en-amff",
        ("AMFF Programme Team", "programmes@amff.example.org.my"),
        "Asia Media Freedom Forum - submission (no attribution please)",
        T("""
            Dear colleagues,

            The Asia Media Freedom Forum attaches its submission on the surveillance of
            journalists' sources in South-East Asia. It can go on the website, but please
            remove our name and describe us only as "a regional press freedom organisation":
            our partners in two of the countries concerned would otherwise be at risk.

            Many thanks,
            AMFF Programme Team, Kuala Lumpur
            """),
        "en",
        (CS, "Asia Media Freedom Forum", None),
        acr="AMFF",
        conf="publish",
        flags=("anonymous",),
        tz=8,
        atts=(
            doc(
                "submission_surveillance_sources_SEA.pdf",
                "en",
                [
                    "Asia Media Freedom Forum (AMFF) - Submission on the surveillance of journalists' sources in South-East Asia",
                    "In at least four countries of the region, cybercrime and sedition laws allow the authorities to demand subscriber data from telecommunications companies without a court order. Journalists' sources in the civil service have been identified and dismissed within days of a story appearing.",
                    "Our partners report that sources now insist on meeting in person and refuse to hand over documents, so that fewer leaks of public interest reach the press at all.",
                    "We recommend independent judicial authorisation for any access to the communications data of journalists.",
                ],
            ),
        ),
    )
    add(
        "nhri-en-sahrc",
        ("SAHRC Research Unit", "research@sahrc.example.org.za"),
        "SAHRC input - apologies for the late submission",
        T("""
            Dear Special Rapporteur,

            Please accept the attached input of the South African Human Rights Commission,
            with our apologies for missing the deadline.

            Kind regards,
            Lindiwe Dlamini
            Senior Researcher, South African Human Rights Commission
            """),
        "en",
        (NHRI, "South African Human Rights Commission", "ZAF"),
        acr="SAHRC",
        tz=2,
        received=after(18, 11, 36),
        atts=(
            doc(
                "SAHRC_input.pdf",
                "en",
                [
                    "South African Human Rights Commission (SAHRC) - Input",
                    "In 2019 the Constitutional Court was asked to rule on the interception of a journalist's communications under the law on surveillance. The Commission supported the challenge, arguing that the law did not protect the confidentiality of journalists' sources.",
                    "The Protection of State Information Bill, which would criminalise the possession and publication of classified information without a public interest defence, has not been signed into law. The Commission has consistently opposed it.",
                ],
            ),
        ),
    )
    add(
        "indiv-en-photo",
        ("Tomasz Wrobel", "tomasz.wrobel.photo@gmail.com"),
        "Input from a freelance photojournalist",
        T("""
            Dear Special Rapporteur,

            I am a freelance photojournalist and I would like to contribute a few lines from
            my own experience to your report.

            In 2019 I photographed a protest at which police officers beat demonstrators.
            Some of my photographs were sent to me by a police officer who was present and
            who was shocked by what he saw. After they were published, prosecutors asked me
            to hand over all my images from that day and the metadata of the files I had
            received. I refused, and my apartment was searched while I was away. My hard
            drives were taken and have not been returned.

            Freelancers have no newsroom and no lawyer behind them. The protection of
            sources must cover us too, and the seizure of our equipment should need the
            decision of a judge, not of a prosecutor.

            With respect,
            Tomasz Wrobel
            Warsaw
            """),
        "en",
        (IND, "Tomasz Wrobel", None),
        tz=1,
        trap="body-only submission",
    )


def more_french() -> None:
    add(
        "civil-fr-rjim",
        ("RJIM", "rjim.coordination@example.org.ma"),
        "Contribution du Réseau des journalistes d'investigation du Maghreb",
        T("""
            Monsieur le Rapporteur spécial,

            Le Réseau des journalistes d'investigation du Maghreb vous adresse sa
            contribution. Nous sommes favorables à sa publication.

            Salutations confraternelles,
            Leïla Haddad
            Coordinatrice du RJIM
            """),
        "fr",
        (CS, "Réseau des journalistes d'investigation du Maghreb", None),
        acr="RJIM",
        conf="publish",
        tz=1,
        atts=(
            doc(
                "RJIM_contribution.pdf",
                "fr",
                [
                    "Réseau des journalistes d'investigation du Maghreb (RJIM) - Contribution",
                    "Les membres du Réseau ont participé à plusieurs enquêtes transnationales fondées sur des fuites massives de données bancaires et fiscales. Dans les pays de la région, ces publications ont été suivies de campagnes de dénigrement et, dans un cas, de poursuites pour atteinte à l'économie nationale.",
                    "Aucun des journalistes concernés n'a révélé ses sources, mais plusieurs ont vu leurs comptes en ligne piratés.",
                    "Le RJIM demande que la publication de fuites d'intérêt public ne puisse donner lieu à des poursuites pénales.",
                ],
            ),
        ),
    )
    add(
        "io-fr-cadhp",
        ("Secrétariat de la CADHP", "au-banjul@achpr.example.org"),
        "Contribution du Rapporteur spécial de la CADHP sur la liberté d'expression",
        T("""
            Monsieur le Rapporteur spécial,

            Le Rapporteur spécial sur la liberté d'expression et l'accès à l'information en
            Afrique de la Commission africaine des droits de l'homme et des peuples vous
            transmet sa contribution, qui peut être rendue publique.

            Le Secrétariat de la Commission
            Banjul
            """),
        "fr",
        (IO, "Commission africaine des droits de l'homme et des peuples", None),
        acr="CADHP",
        alt=(
            "African Commission on Human and Peoples' Rights",
            "Rapporteur spécial sur la liberté d'expression et l'accès à l'information en Afrique",
        ),
        conf="publish",
        tz=0,
        atts=(
            doc(
                "CADHP_contribution.pdf",
                "fr",
                [
                    "Commission africaine des droits de l'homme et des peuples (CADHP) - Rapporteur spécial sur la liberté d'expression et l'accès à l'information en Afrique - Contribution",
                    "La Déclaration de principes sur la liberté d'expression et l'accès à l'information en Afrique, révisée en 2019, prévoit que nul ne peut être contraint de révéler des sources confidentielles d'information, sauf dans des conditions strictes.",
                    "Elle prévoit également la protection des lanceurs d'alerte qui divulguent de bonne foi des informations d'intérêt public.",
                ],
            ),
        ),
    )
    add(
        "state-fr-bel",
        ("Mission permanente de la Belgique", "geneve.droitsdelhomme@diplobel.example.be"),
        "Belgique - contribution à l'appel du Rapporteur spécial",
        T("""
            Madame, Monsieur,

            La Mission permanente de la Belgique a l'honneur de vous transmettre la
            contribution de la Belgique, préparée par le SPF Justice.

            Avec nos salutations distinguées,
            Mission permanente de la Belgique auprès de l'ONU à Genève
            """),
        "fr",
        (MS, "Belgique", "BEL"),
        alt=("Belgium", "Royaume de Belgique"),
        tz=1,
        atts=(
            doc(
                "Belgique_contribution_SPF_Justice.docx",
                "fr",
                [
                    "Royaume de Belgique - SPF Justice - Contribution",
                    "La loi du 7 avril 2005 relative à la protection des sources journalistiques, modifiée à la suite de l'arrêt de la Cour constitutionnelle de 2006, protège toute personne qui contribue directement à la collecte, la rédaction, la production ou la diffusion d'informations.",
                    "La Belgique prépare la transposition de la directive européenne sur la protection des personnes qui signalent des violations du droit de l'Union.",
                ],
            ),
        ),
    )


def more_spanish() -> None:
    add(
        "civil-es-per",
        ("Periodistas en Riesgo", "periodistasenriesgo.sv@gmail.com"),
        "Aporte - publicar sin nuestro nombre",
        T("""
            Estimados:

            Adjuntamos nuestro aporte. Aceptamos que se publique, pero de forma anónima: les
            pedimos que no aparezca el nombre de la organización.

            Atentamente,
            Periodistas en Riesgo, San Salvador
            """),
        "es",
        (CS, "Periodistas en Riesgo", None),
        conf="publish",
        flags=("anonymous",),
        tz=-6,
        atts=(
            doc(
                "aporte_periodistas_riesgo.docx",
                "es",
                [
                    "Periodistas en Riesgo - Aporte",
                    "En El Salvador, periodistas que publicaron audios y documentos filtrados sobre negociaciones con pandillas fueron objeto de campañas de acoso en redes sociales promovidas desde cuentas oficiales.",
                    "Algunos recibieron visitas de desconocidos que preguntaban por sus fuentes. Dos funcionarios sospechosos de haber filtrado información fueron destituidos.",
                    "Pedimos que el Relator recuerde al Estado su obligación de proteger a los periodistas y a sus fuentes.",
                ],
            ),
        ),
    )
    add(
        "state-es-cri",
        ("Misión Permanente de Costa Rica", "mision-costarica@rree.example.go.cr"),
        "Nota verbal - Costa Rica",
        T("""
            Estimados señores:

            La Misión Permanente de Costa Rica adjunta la nota verbal y la contribución del
            Gobierno de Costa Rica, que puede ser publicada en el sitio web de la Oficina del
            Alto Comisionado.

            Atentamente,
            Misión Permanente de Costa Rica, Ginebra
            """),
        "es",
        (MS, "Costa Rica", "CRI"),
        alt=("República de Costa Rica",),
        conf="publish",
        tz=1,
        atts=(
            doc(
                "CostaRica_NV_contribucion.pdf",
                "es",
                [
                    "La Misión Permanente de Costa Rica ante la Oficina de las Naciones Unidas en Ginebra saluda atentamente a la Oficina del Alto Comisionado y tiene el honor de remitir la contribución del Gobierno de Costa Rica.",
                    "La Sala Constitucional ha reconocido el derecho de los periodistas a mantener en reserva sus fuentes. La Ley contra la Corrupción y el Enriquecimiento Ilícito protege la confidencialidad de la identidad de los denunciantes.",
                    "La Misión Permanente de Costa Rica aprovecha la oportunidad para reiterar las seguridades de su más alta consideración.",
                ],
                title="Nota verbal - Misión Permanente de Costa Rica",
            ),
        ),
    )
    add(
        "assoc-es-aedc",
        ("Asociación de Editores de Diarios del Caribe", "secretaria@aedc.example.do"),
        "Contribución de la AEDC",
        T("""
            Estimado Relator Especial:

            La Asociación de Editores de Diarios del Caribe le remite su contribución. Nos
            complace que se difunda junto con las demás.

            Atentamente,
            Rafael Peña
            Director ejecutivo, AEDC
            Santo Domingo
            """),
        "es",
        (PS, "Asociación de Editores de Diarios del Caribe", None),
        acr="AEDC",
        conf="publish",
        tz=-4,
        atts=(
            doc(
                "AEDC_contribucion.pdf",
                "es",
                [
                    "Asociación de Editores de Diarios del Caribe (AEDC) - Contribución",
                    "Los diarios asociados han publicado en los últimos años investigaciones basadas en filtraciones sobre sobornos en contratos de obra pública. Tras esas publicaciones, recibieron demandas por difamación de funcionarios y empresarios mencionados.",
                    "Ningún diario reveló sus fuentes, pero las demandas, con pedidos de indemnización millonarios, tienen un efecto disuasorio evidente.",
                    "La AEDC pide que se limiten las indemnizaciones en los casos de difamación.",
                ],
            ),
        ),
    )
