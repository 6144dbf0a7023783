"""Write the sample messages of fixtures/ (the demo and the tests use them).

The people and organisations are invented; the call is the Working Group on
the use of mercenaries' 2020 call on PMSCs in immigration and border
management. Needs fpdf2 and python-docx: `pip install -e '.[test]'`.
Run: python scripts/make_fixtures.py
"""

from __future__ import annotations

import datetime as dt
import email.policy
import io
import zipfile
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import docx
from fpdf import FPDF

OUT = Path(__file__).resolve().parent.parent / "fixtures"
SECRETARIAT = "Working Group on mercenaries <wg-submissions@example.org>"
FIXED = dt.datetime(2020, 3, 1, tzinfo=dt.UTC)


def pdf(title: str, paragraphs: list[str], pages: int = 1) -> bytes:
    doc = FPDF()
    doc.set_creation_date(FIXED)
    doc.set_title(title)
    for page in range(pages):
        doc.add_page()
        doc.set_font("Helvetica", "B", 14)
        doc.multi_cell(
            0, 8, title if page == 0 else f"{title} ({page + 1})", new_x="LMARGIN", new_y="NEXT"
        )
        doc.set_font("Helvetica", size=11)
        for text in paragraphs:
            doc.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
            doc.ln(3)
    return bytes(doc.output())


def word(paragraphs: list[str], footer: str | None = None) -> bytes:
    document = docx.Document()
    document.core_properties.created = FIXED.replace(tzinfo=None)
    document.core_properties.modified = FIXED.replace(tzinfo=None)
    for text in paragraphs:
        document.add_paragraph(text)
    if footer:
        document.sections[0].footer.paragraphs[0].text = footer
    out = io.BytesIO()
    document.save(out)
    return _fixed_times(out.getvalue())


def _fixed_times(package: bytes) -> bytes:
    """The same zip with every member dated FIXED, so that rebuilding changes no byte."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(package)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, source.read(info))
    return out.getvalue()


def message(
    sender: str,
    subject: str,
    body: str,
    received: dt.datetime | None,
    message_id: str,
    date: dt.datetime | None = None,
    to: str = SECRETARIAT,
    html: bool = False,
    extra: dict[str, str] | None = None,
) -> EmailMessage:
    msg = EmailMessage(policy=email.policy.SMTP)
    if received is not None:
        msg["Received"] = (
            "from mail.sender.example (mail.sender.example [192.0.2.10]) by mx.example.org "
            f"with ESMTPS id 4A1B2C; {format_datetime(received)}"
        )
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date or received or FIXED)
    msg["Message-ID"] = message_id
    for name, value in (extra or {}).items():
        msg[name] = value
    if html:
        msg.set_content(body, subtype="html")
    else:
        msg.set_content(body)
    return msg


def attach(msg: EmailMessage, data: bytes, filename: str, maintype: str, subtype: str) -> None:
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


PDF = ("application", "pdf")
DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")

BORDERWATCH = [
    "Border Watch Coalition welcomes the opportunity to contribute to the report of the "
    "Working Group on the use of mercenaries on private military and security companies "
    "in immigration and border management.",
    "Our members have documented the growing role of private security contractors in the "
    "operation of reception centres, in the escort of migrants during removals, and in "
    "the surveillance of land borders with drones and sensors.",
    "We recommend that States ensure effective oversight of these contractors, publish "
    "the contracts they conclude with them, and guarantee access to remedy for migrants "
    "who suffer abuse at their hands.",
]


def build() -> dict[str, EmailMessage]:
    messages: dict[str, EmailMessage] = {}

    m = message(
        '"Maria Lopez" <m.lopez@borderwatch.example.org>',
        "Submission: PMSCs in immigration and border management",
        "Dear members of the Working Group,\n\nPlease find attached the submission of the "
        "Border Watch Coalition in response to your call for inputs on private military "
        "and security companies in immigration and border management.\n\nWe consent to "
        "the publication of this submission on the OHCHR website.\n\nKind regards,\n"
        "Maria Lopez\nPolicy Officer, Border Watch Coalition\n",
        at("2020-03-10T09:14:02+00:00"),
        "<sub-01@borderwatch.example.org>",
    )
    attach(
        m,
        pdf("Border Watch Coalition - Submission", BORDERWATCH, pages=2),
        "BorderWatch_Submission.pdf",
        *PDF,
    )
    messages["01-ngo-en-pdf.eml"] = m

    m = message(
        '"Mission permanente de la France" <mission.geneve@diplomatie.gouv.fr>',
        "Note verbale - Contribution de la France",
        "Madame, Monsieur,\n\nVeuillez trouver ci-joint la note verbale de la Mission "
        "permanente de la France en réponse à l'appel à contributions du Groupe de travail "
        "sur l'utilisation de mercenaires.\n\nCordialement,\nLa Mission permanente\n",
        at("2020-03-16T15:40:00+01:00"),
        "<nv-2020-118@diplomatie.gouv.fr>",
    )
    attach(
        m,
        word(
            [
                "N° 2020-118",
                "La Mission permanente de la France auprès de l'Office des Nations Unies à Genève "
                "présente ses compliments au Haut-Commissariat des Nations Unies aux droits de "
                "l'homme et, se référant à l'appel à contributions du Groupe de travail sur "
                "l'utilisation de mercenaires, a l'honneur de lui transmettre les éléments "
                "suivants.",
                "La France encadre strictement le recours aux sociétés de sécurité privées dans la "
                "gestion des frontières : ces sociétés n'exercent aucune prérogative de puissance "
                "publique et agissent sous le contrôle des autorités compétentes.",
                "La Mission permanente de la France saisit cette occasion pour renouveler au "
                "Haut-Commissariat les assurances de sa haute considération.",
            ],
            footer="Mission permanente de la France - Genève",
        ),
        "NV_France_contribution.docx",
        *DOCX,
    )
    messages["02-state-fr-note-verbale.eml"] = m

    m = message(
        '"Lucía Fernández" <lfernandez@derecho.uni-ejemplo.es>',
        "Contribución - empresas militares y de seguridad privadas en fronteras",
        "Estimados miembros del Grupo de Trabajo:\n\nAdjunto la contribución de nuestro "
        "grupo de investigación sobre el papel de las empresas militares y de seguridad "
        "privadas en la gestión de las fronteras.\n\nSolicitamos que esta contribución sea "
        "tratada de manera confidencial y que no se publique en el sitio web.\n\n"
        "Atentamente,\nLucía Fernández\nFacultad de Derecho, Universidad de Ejemplo\n",
        at("2020-03-17T22:30:00+00:00"),
        "<a1b2c3@derecho.uni-ejemplo.es>",
    )
    attach(
        m,
        pdf(
            "Contribucion al Grupo de Trabajo",
            [
                "Esta contribución examina los contratos entre los Estados y las empresas de "
                "seguridad privadas en los centros de internamiento de migrantes.",
                "Recomendamos que los Estados establezcan mecanismos de supervisión independientes "
                "y garanticen el acceso a la justicia de las personas migrantes.",
            ],
        ),
        "Contribución_confidencial.pdf",
        *PDF,
    )
    messages["03-academic-es-confidential.eml"] = m

    m = message(
        '"Jordan Smith" <jordan.smith.1987@example.com>',
        "My input to the call on border security companies",
        "Hello,\n\nI worked for two years as a guard for a private security company at an "
        "immigration detention centre. I want to share what I saw, because the people held "
        "there had no way to complain about the way they were treated by the guards, and "
        "the company never reported any incident to the authorities.\n\nI am happy for "
        "this to be published, but please do not publish my name.\n\nJordan\n",
        at("2020-03-17T23:05:00+00:00"),
        "<CAF=late.1@mail.example.com>",
    )
    messages["04-individual-en-late.eml"] = m

    inner = message(
        '"Red de Organizaciones Migrantes" <contacto@redmigrantes.example.org>',
        "Contribución de la Red - llamado a contribuciones",
        "Buenos días,\n\nEn nombre de la Red de Organizaciones Migrantes y de 12 "
        "organizaciones miembros, adjuntamos nuestra contribución conjunta.\n\n"
        "Autorizamos la publicación de esta contribución.\n\nSaludos cordiales,\n"
        "Coordinación de la Red\n",
        at("2020-03-12T10:02:00+00:00"),
        "<red-2020-03@redmigrantes.example.org>",
        to="Officer <officer.personal@example.org>",
    )
    attach(
        inner,
        word(
            [
                "Contribución conjunta de la Red de Organizaciones Migrantes",
                "Las empresas de seguridad privadas gestionan cada vez más los centros de "
                "recepción de personas migrantes en la región.",
                "Pedimos al Grupo de Trabajo que recomiende la publicación de los contratos y la "
                "creación de mecanismos de denuncia accesibles.",
            ]
        ),
        "Contribucion_Red.docx",
        *DOCX,
    )
    m = message(
        '"Desk Officer" <wg-submissions@example.org>',
        "Fwd: Contribución de la Red - llamado a contribuciones",
        "Forwarding the submission below, which reached my personal address.\n",
        at("2020-03-12T11:30:00+00:00"),
        "<fwd-0312@example.org>",
    )
    m.add_attachment(inner)
    messages["05-forwarded-es.eml"] = m

    m = message(
        '"Ahmed Khan" <a.khan@rights-first.example.org>',
        "Automatic reply: Call for inputs - PMSCs and border management",
        "I am out of the office until 2 March with limited access to e-mail.\n",
        at("2020-02-20T08:00:00+00:00"),
        "<auto-7781@rights-first.example.org>",
        extra={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
    )
    messages["06-auto-reply.eml"] = m

    m = message(
        '"Maria Lopez" <m.lopez@borderwatch.example.org>',
        "Submission: PMSCs in immigration and border management",
        "Dear members of the Working Group,\n\nPlease find attached the submission of the "
        "Border Watch Coalition in response to your call for inputs on private military "
        "and security companies in immigration and border management.\n\nWe consent to "
        "the publication of this submission on the OHCHR website.\n\nKind regards,\n"
        "Maria Lopez\nPolicy Officer, Border Watch Coalition\n",
        at("2020-03-11T07:55:40+00:00"),
        "<sub-01@borderwatch.example.org>",
        date=at("2020-03-10T09:14:02+00:00"),
    )
    attach(
        m,
        pdf("Border Watch Coalition - Submission", BORDERWATCH, pages=2),
        "BorderWatch_Submission.pdf",
        *PDF,
    )
    messages["07-duplicate-resent.eml"] = m

    m = message(
        '"Defensoría del Pueblo" <contribuciones@defensoria.example.org>',
        "Aporte de la Defensoría del Pueblo",
        "Señoras y señores:\n\nRemitimos el aporte de la institución nacional de derechos "
        "humanos. No tenemos objeción a su publicación.\n\nDefensoría del Pueblo\n",
        None,
        "<dp-4410@defensoria.example.org>",
        date=at("2020-03-15T18:20:00-05:00"),
    )
    attach(
        m,
        pdf(
            "Aporte de la Defensoria del Pueblo",
            [
                "La Defensoría del Pueblo ha recibido quejas sobre el trato de personas migrantes "
                "por parte de guardias de empresas privadas en los puestos fronterizos.",
            ],
        ),
        "Aporte_Defensoria.pdf",
        *PDF,
    )
    messages["08-nhri-es-date-header-only.eml"] = m

    m = message(
        '"SecureCorp Compliance" <compliance@securecorp.example.com>',
        "SecureCorp input to the Working Group",
        "<html><body><p>Dear Working Group,</p><p>Attached is the input of SecureCorp "
        "Ltd, a member of the International Code of Conduct Association.</p><p>The "
        "submission may be published.</p><p>Compliance Department</p></body></html>",
        at("2020-03-05T12:00:00+00:00"),
        "<sc-2020-0305@securecorp.example.com>",
        html=True,
    )
    attach(
        m,
        word(
            [
                "SecureCorp Ltd - Input to the Working Group on the use of mercenaries",
                "SecureCorp provides perimeter security services at two airports. Our staff are "
                "trained on the human rights of migrants and our contracts include grievance "
                "mechanisms.",
            ]
        ),
        "SecureCorp_input.docx",
        *DOCX,
    )
    messages["09-company-en-html.eml"] = m

    m = message(
        '"Maria Lopez" <m.lopez@borderwatch.example.org>',
        "Revised version - Submission: PMSCs in immigration and border management",
        "Dear members of the Working Group,\n\nPlease find attached a revised version of "
        "our submission, which replaces the one we sent on 10 March (we corrected two "
        "figures in section 2).\n\nKind regards,\nMaria Lopez\n",
        at("2020-03-14T16:45:10+00:00"),
        "<sub-02@borderwatch.example.org>",
    )
    attach(
        m,
        pdf("Border Watch Coalition - Submission (revised)", BORDERWATCH, pages=2),
        "BorderWatch_Submission_rev.pdf",
        *PDF,
    )
    messages["10-ngo-en-revised.eml"] = m

    m = message(
        '"Misión Permanente de México" <onuginebra@sre.gob.mx>',
        "Nota verbal - Contribución de México al llamado del Grupo de Trabajo",
        "Estimados señores:\n\nPor instrucciones de la Misión Permanente de México, "
        "adjuntamos la nota verbal OGI-01234 y su anexo con la contribución del Gobierno "
        "de México al llamado a contribuciones del Grupo de Trabajo sobre la utilización "
        "de mercenarios.\n\nEl Gobierno de México autoriza la publicación de esta "
        "contribución en el sitio web del ACNUDH.\n\nAtentamente,\n"
        "Misión Permanente de México ante la Oficina de las Naciones Unidas en Ginebra\n",
        at("2020-03-16T15:20:00+00:00"),
        "<OGI-01234@sre.gob.mx>",
    )
    attach(
        m,
        pdf(
            "Nota verbal OGI-01234",
            [
                "La Misión Permanente de México ante la Oficina de las Naciones Unidas y otros "
                "Organismos Internacionales con sede en Ginebra saluda atentamente a la Oficina "
                "del Alto Comisionado de las Naciones Unidas para los Derechos Humanos y tiene el "
                "honor de transmitir la contribución del Gobierno de México.",
                "La Misión Permanente de México aprovecha la oportunidad para reiterar a la "
                "Oficina del Alto Comisionado las seguridades de su más alta consideración.",
            ],
        ),
        "NV OGI-01234.pdf",
        *PDF,
    )
    attach(
        m,
        word(
            [
                "Contribución del Gobierno de México",
                "En México, la seguridad de las estaciones migratorias corresponde al Instituto "
                "Nacional de Migración; las empresas de seguridad privada que prestan servicios "
                "de vigilancia están sujetas a la Ley Federal de Seguridad Privada.",
                "El Gobierno de México considera que los Estados deben supervisar a estas "
                "empresas y garantizar el acceso a recursos efectivos.",
            ]
        ),
        "Anexo - contribución.docx",
        *DOCX,
    )
    messages["11-state-es-two-files.eml"] = m

    m = message(
        '"Samuel Okoro" <s.okoro@migrant-rights-network.example.org>',
        "Submission of the Migrant Rights Network - PMSCs at borders",
        "Dear Working Group,\n\nOur submission is too large to attach, so we have shared "
        "it here:\nhttps://drive.google.com/file/d/1AbCdEfGhIjKlMnOp/view?usp=sharing\n\n"
        "The Migrant Rights Network agrees to the publication of its submission.\n\n"
        "Best regards,\nSamuel Okoro\nMigrant Rights Network\n",
        at("2020-03-13T09:30:00+00:00"),
        "<mrn-0313@migrant-rights-network.example.org>",
    )
    messages["12-ngo-en-download-link.eml"] = m
    return messages


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for number, (name, msg) in enumerate(build().items(), start=1):
        if msg.is_multipart():
            msg.set_boundary(f"=_sample_{number:02d}")
            for depth, part in enumerate(msg.walk()):
                if part is not msg and part.get_content_maintype() == "multipart":
                    part.set_boundary(f"=_sample_{number:02d}_{depth}")
        (OUT / name).write_bytes(msg.as_bytes(policy=email.policy.SMTP))
    print(f"wrote {len(build())} messages to {OUT}")


if __name__ == "__main__":
    main()
