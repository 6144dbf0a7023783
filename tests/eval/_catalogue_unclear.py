"""Messages whose publication request a careful officer could not settle without looking
further (SPEC, "Confidentiality": `unclear`), and ordinary ones written beside them.

Seven causes, each with at least five submissions: a statement about publication that
leaves the question open; two places that disagree without a clear refusal; a scanned
letter; an encrypted document; an archive nested more than three levels deep; a PDF form
field whose value is neither yes nor no; a cue about publication in a language the call
does not accept. A clear refusal anywhere would make a message `confidential`, so none of
these holds one in a language the call accepts.

All are phase 3 (see make_eval.py): numbered after the earlier messages, received before
the deadline.
"""

from __future__ import annotations

from _build import (
    AC,
    CS,
    MS,
    NHRI,
    PS,
    TITLE,
    FormField,
    Spec,
    T,
    docx_file,
    encrypted_pdf,
    nested_zip,
    pdf,
    pdf_form,
    scanned_pdf,
)
from _texts import pick

PHASE = 3
_SPECS: list[tuple[int, Spec]] = []


def add(**kw: object) -> Spec:
    spec = Spec(**kw)  # type: ignore[arg-type]
    _SPECS.append((PHASE, spec))
    return spec


def paras(pool: str, key: str, k: int = 5, post: tuple[str, ...] = ()) -> list[str]:
    return [*pick(pool, k, key), *post]


_NOTE = {
    "en": (
        "The Permanent Mission of {of} to the United Nations Office at Geneva presents its "
        "compliments to the Office of the United Nations High Commissioner for Human Rights "
        "and, in response to the call for inputs of the Working Group on the use of "
        "mercenaries on the role of private military and security companies in immigration "
        "and border management, has the honour to convey the following information from the "
        "Government of {gov}.",
        "The Permanent Mission of {of} avails itself of this opportunity to renew to the "
        "Office of the High Commissioner the assurances of its highest consideration.",
    ),
    "fr": (
        "La Mission permanente {of} auprès de l'Office des Nations Unies à Genève présente "
        "ses compliments au Haut-Commissariat des Nations Unies aux droits de l'homme et, en "
        "réponse à l'appel à contributions du Groupe de travail sur l'utilisation de "
        "mercenaires consacré au rôle des sociétés militaires et de sécurité privées dans la "
        "gestion de l'immigration et des frontières, a l'honneur de lui communiquer les "
        "informations suivantes du Gouvernement {gov}.",
        "La Mission permanente {of} saisit cette occasion pour renouveler au "
        "Haut-Commissariat les assurances de sa haute considération.",
    ),
    "es": (
        "La Misión Permanente {of} ante la Oficina de las Naciones Unidas en Ginebra saluda "
        "atentamente a la Oficina del Alto Comisionado de las Naciones Unidas para los "
        "Derechos Humanos y, en respuesta a la convocatoria del Grupo de Trabajo sobre la "
        "utilización de mercenarios relativa al papel de las empresas militares y de seguridad "
        "privadas en la gestión de la inmigración y las fronteras, tiene el honor de "
        "transmitirle la siguiente información del Gobierno {gov}.",
        "La Misión Permanente {of} aprovecha la oportunidad para reiterar a la Oficina del "
        "Alto Comisionado las seguridades de su más alta consideración.",
    ),
}


def note(lang: str, of: str, gov: str, key: str, post: tuple[str, ...] = ()) -> list[str]:
    """A note verbale: the opening courtesy, the Government's answer, the closing one."""
    opening, closing = _NOTE[lang]
    return [
        opening.format(of=of, gov=gov),
        *pick(f"gov-{lang}", 4, key),
        *post,
        closing.format(of=of),
    ]


def catalogue_unclear() -> list[tuple[int, Spec]]:
    _SPECS.clear()
    unresolved_statements()
    unresolved_statements_official()
    conflicts()
    conflicts_official()
    conflicts_later()
    scans()
    encrypted()
    deep_archives()
    form_fields()
    form_fields_more()
    other_languages()
    other_languages_more()
    ordinary()
    ordinary_more()
    return list(_SPECS)


# ====================================================================== 1. left open


def unresolved_statements() -> None:
    add(
        slug="ngo-en-reservations-online",
        frm=("Grace Mwangi", "g.mwangi@coastalmigrants.org"),
        subject="Coastal Migrants Support Network - input to the call on PMSCs",
        body=T("""
            Dear colleagues,

            Please find attached the input of the Coastal Migrants Support Network to the
            Working Group's call on private military and security companies in immigration
            and border management.

            We have some reservations about our text appearing online in its current form:
            section 2 describes incidents that are still before the courts in Mombasa. We
            would be glad to discuss this with the secretariat.

            Kind regards,
            Grace Mwangi
            Programme Coordinator, Coastal Migrants Support Network
            """),
        lang="en",
        tz=3,
        atts=[pdf("CMSN_input_PMSC_borders.pdf", "en", paras("en", "cmsn"), title=TITLE["en"])],
        conf="unclear",
        submitter=(CS, "Coastal Migrants Support Network", None),
        trap="'some reservations about our text appearing online in its current form': open",
    )
    add(
        slug="ngo-fr-discuter-mise-en-ligne",
        frm=("Étienne Roussel", "contact@passeurs-de-droits.fr"),
        subject="Contribution de Passeurs de droits – appel du Groupe de travail",
        body=T("""
            Madame, Monsieur,

            Veuillez trouver ci-joint la contribution de l'association Passeurs de droits à
            l'appel du Groupe de travail sur l'utilisation de mercenaires.

            Certains passages reprennent des témoignages recueillis auprès de personnes dont
            la procédure est toujours en cours. Nous préférerions en discuter avant toute mise
            en ligne.

            Bien cordialement,
            Étienne Roussel
            Chargé de plaidoyer, Passeurs de droits (Nice)
            """),
        lang="fr",
        tz=1,
        atts=[
            docx_file(
                "Contribution_Passeurs_de_droits.docx",
                "fr",
                paras("fr", "passeurs", post=("Passeurs de droits, Nice, mars 2020",)),
                title=TITLE["fr"],
            )
        ],
        conf="unclear",
        submitter=(CS, "Passeurs de droits", None),
        trap="'Nous préférerions en discuter avant toute mise en ligne': neither yes nor no",
    )
    add(
        slug="ngo-es-conversar-difusion",
        frm=("Lucía Ajanel", "incidencia@migrarcondignidad.org.gt"),
        subject="Aporte del Colectivo Migrar con Dignidad",
        body=T("""
            Estimadas y estimados:

            Les hacemos llegar el aporte del Colectivo Migrar con Dignidad a la convocatoria
            del Grupo de Trabajo sobre la utilización de mercenarios.

            Quisiéramos conversar sobre la difusión de este aporte antes de que se tome una
            decisión, ya que incluye información sobre comunidades fronterizas de
            Huehuetenango.

            Saludos cordiales,
            Lucía Ajanel
            Área de Incidencia, Colectivo Migrar con Dignidad
            """),
        lang="es",
        tz=-6,
        atts=[
            pdf(
                "Aporte_Migrar_con_Dignidad.pdf",
                "es",
                paras("es", "mcd", 6, post=("Colectivo Migrar con Dignidad, Guatemala",)),
                title=TITLE["es"],
            )
        ],
        conf="unclear",
        submitter=(CS, "Colectivo Migrar con Dignidad", None),
        trap="'Quisiéramos conversar sobre la difusión de este aporte': asks, does not decide",
    )
    add(
        slug="coalition-en-partners-to-confirm",
        frm=("Ibrahim Sow", "secretariat@wamjc.org"),
        subject="Joint submission - West African Migration Justice Coalition",
        body=T("""
            Dear Secretariat,

            On behalf of the West African Migration Justice Coalition, I attach our joint
            submission, prepared with our member organisations in Senegal, Mali, Niger and
            Mauritania.

            Two of the member organisations have not yet told us whether they are comfortable
            with the submission being made public. I will write again as soon as we hear from
            them.

            Best regards,
            Ibrahim Sow
            Coordinator, West African Migration Justice Coalition (Dakar)
            """),
        lang="en",
        tz=0,
        atts=[
            docx_file(
                "WAMJC joint submission PMSC.docx",
                "en",
                paras("en", "wamjc", 6),
                title=TITLE["en"],
            )
        ],
        conf="unclear",
        submitter=(CS, "West African Migration Justice Coalition", None),
        trap="whether it may be made public is still being asked of the members: open",
    )


def unresolved_statements_official() -> None:
    add(
        slug="state-dominican-republic-consultada",
        frm=("Misión Permanente de la República Dominicana", "mision.ginebra@mirex.gob.do"),
        subject="Nota MPRD-GIN/0231/2020 - convocatoria del Grupo de Trabajo sobre mercenarios",
        body=T("""
            Estimados señores:

            Se remite adjunta la nota MPRD-GIN/0231/2020 de la Misión Permanente de la
            República Dominicana, con la información del Gobierno dominicano en respuesta a la
            convocatoria del Grupo de Trabajo.

            Atentamente,
            Misión Permanente de la República Dominicana ante la Oficina de las Naciones
            Unidas en Ginebra
            """),
        lang="es",
        tz=1,
        atts=[
            pdf(
                "MPRD-GIN-0231-2020.pdf",
                "es",
                note(
                    "es",
                    "de la República Dominicana",
                    "dominicano",
                    "dom",
                    post=(
                        "La Misión Permanente agradecería ser consultada antes de que la "
                        "información contenida en la presente nota se haga pública.",
                    ),
                ),
            )
        ],
        conf="unclear",
        submitter=(MS, "Dominican Republic", "DOM"),
        trap="note verbale asks to be consulted before the note is made public: open",
    )
    add(
        slug="nhri-mauritania-opportunite",
        frm=("CNDH Mauritanie", "cndh@cndh.mr"),
        subject="Contribution de la Commission nationale des droits de l'Homme de Mauritanie",
        body=T("""
            Madame, Monsieur,

            La Commission nationale des droits de l'Homme de Mauritanie a l'honneur de vous
            adresser sa contribution à l'appel du Groupe de travail.

            La Commission s'interroge encore sur l'opportunité d'une diffusion publique de
            l'intégralité de ce document, qui évoque des procédures judiciaires en cours à
            Nouadhibou. Elle reviendra vers vous à ce sujet.

            Veuillez agréer, Madame, Monsieur, l'expression de notre haute considération.

            Le Secrétaire général
            """),
        lang="fr",
        tz=0,
        atts=[pdf("Contribution_CNDH_Mauritanie.pdf", "fr", paras("fr", "cndhmr", 6))],
        conf="unclear",
        submitter=(NHRI, "Commission nationale des droits de l'Homme de Mauritanie", "MRT"),
        trap="'s'interroge encore sur l'opportunité d'une diffusion publique': undecided",
    )
    add(
        slug="acad-en-malta-check-interviewees",
        frm=("Dr Maria Camilleri", "maria.camilleri@um.edu.mt"),
        subject="Research note for the Working Group on mercenaries",
        body=T("""
            Dear Working Group,

            Please find attached a research note from the Migration and Border Studies Centre
            at the University of Malta, drawing on interviews with people disembarked in Malta
            in 2018 and 2019.

            Before anything is posted on the OHCHR website, we would be grateful for the chance
            to check with the interviewees quoted in section 3 that they are comfortable with
            it.

            With best wishes,
            Dr Maria Camilleri
            Migration and Border Studies Centre, University of Malta
            """),
        lang="en",
        tz=1,
        atts=[
            pdf(
                "MBSC_research_note_PMSCs.pdf",
                "en",
                paras("en", "mbsc", 5),
                title="Private security at sea and in detention: a research note from Malta",
            )
        ],
        conf="unclear",
        submitter=(AC, "Migration and Border Studies Centre, University of Malta", None),
        trap="wants to check with interviewees before anything is posted: not yet a decision",
    )


# ====================================================================== 2. two places disagree


def conflicts() -> None:
    add(
        slug="ngo-en-consent-draft-cover",
        frm=("Nikos Papadakis", "info@aegeanbordermonitor.org"),
        subject="Aegean Border Monitor - submission to the WG on mercenaries",
        body=T("""
            Dear Secretariat,

            Please find attached the submission of Aegean Border Monitor on private security
            contractors in the reception and identification centres on the Greek islands. We
            consent to the publication of this submission on the OHCHR website.

            Best regards,
            Nikos Papadakis
            Aegean Border Monitor, Lesvos
            """),
        lang="en",
        tz=2,
        atts=[
            pdf(
                "ABM_submission_WG_mercenaries.pdf",
                "en",
                paras("en", "abm", 6),
                title=TITLE["en"],
                header="Draft - not for circulation until finalised",
            )
        ],
        conf="unclear",
        submitter=(CS, "Aegean Border Monitor", None),
        trap="body consents; every page says 'Draft - not for circulation until finalised'",
    )
    add(
        slug="acad-en-consent-form-both-empty",
        frm=("Prof. Sarah Nakato", "snakato@mak.ac.ug"),
        subject="Contribution: Human Mobility Research Unit, Makerere University",
        body=T("""
            Dear Sir/Madam,

            Attached is the contribution of the Human Mobility Research Unit at Makerere
            University to the call for inputs. You may publish our contribution.

            Sincerely,
            Prof. Sarah Nakato
            """),
        lang="en",
        tz=3,
        atts=[
            docx_file(
                "HMRU_Makerere_contribution.docx",
                "en",
                paras("en", "hmru", 5),
                title=TITLE["en"],
                table=[
                    ["Submission cover sheet", ""],
                    ["Organization", "Human Mobility Research Unit, Makerere University"],
                    ["Publication", "☐ Yes, the submission may be published on the OHCHR website"],
                    ["", "☐ No, the submission should be treated as confidential"],
                ],
            )
        ],
        conf="unclear",
        submitter=(AC, "Human Mobility Research Unit, Makerere University", None),
        trap="body consents; the cover sheet's Yes and No boxes are both left empty",
    )
    add(
        slug="ngo-es-consent-formulario-vacio",
        frm=("Red de Defensores del Darién", "red@defensoresdarien.org.pa"),
        subject="Aporte - Red de Defensores del Darién",
        body=T("""
            Buenos días:

            Enviamos el aporte de la Red de Defensores del Darién a la convocatoria del Grupo
            de Trabajo, con el formulario de presentación. Autorizamos la publicación de
            nuestro aporte.

            Atentamente,
            Red de Defensores del Darién, Metetí
            """),
        lang="es",
        tz=-5,
        atts=[
            docx_file(
                "Aporte Red Darien.docx",
                "es",
                [
                    "Formulario de presentación",
                    "Organización: Red de Defensores del Darién",
                    "¿Autoriza la publicación de su contribución en el sitio web del ACNUDH?"
                    "   Sí ☐   No ☐",
                    *paras("es", "darien", 5),
                ],
                title=TITLE["es"],
            )
        ],
        conf="unclear",
        submitter=(CS, "Red de Defensores del Darién", None),
        trap="body consents; the form's 'Sí ☐ No ☐' is left empty",
    )
    add(
        slug="ngo-fr-consent-provisoire-conseil",
        frm=("Aminata Diallo", "a.diallo@plateforme-migrations.sn"),
        subject="Contribution de la Plateforme Migrations et Citoyenneté",
        body=T("""
            Madame, Monsieur,

            Au nom de la Plateforme Migrations et Citoyenneté, je vous prie de trouver ci-joint
            notre contribution. Nous consentons à la publication de notre contribution.

            Cordialement,
            Aminata Diallo
            Plateforme Migrations et Citoyenneté, Dakar
            """),
        lang="fr",
        tz=0,
        atts=[
            pdf(
                "PMC_contribution_GT_mercenaires.pdf",
                "fr",
                paras("fr", "pmc", 6),
                title=TITLE["fr"],
                footer="Version provisoire - publication soumise à la validation du conseil "
                "d'administration",
            )
        ],
        conf="unclear",
        submitter=(CS, "Plateforme Migrations et Citoyenneté", None),
        trap="body consents; footer: publication subject to the board's approval",
    )


def conflicts_later() -> None:
    """A fifth conflict, added after the other phases (numbered after every message)."""
    spec = add(
        slug="ngo-en-named-but-not-attributed",
        frm=("Tomás Ferreira", "t.ferreira@riverlandsmigrantnetwork.example"),
        subject="Riverlands Migrant Network: input on private guards at reception centres",
        body=T("""
            Dear colleagues,

            Attached is the input of the Riverlands Migrant Network on private guards at two
            reception centres. We are happy for it to be published on your website under
            the name of our network.

            Best wishes,
            Tomás Ferreira
            Advocacy officer, Riverlands Migrant Network
            """),
        lang="en",
        tz=1,
        atts=[
            pdf(
                "RMN_input_reception_centres.pdf",
                "en",
                paras(
                    "en",
                    "rmn",
                    5,
                    post=(
                        "Given the risks our staff at the two centres face, the Network would "
                        "prefer that this paper not be publicly attributed to it.",
                    ),
                ),
                title=TITLE["en"],
            )
        ],
        conf="unclear",
        submitter=(CS, "Riverlands Migrant Network", None),
        trap="body: publish under our name; the paper's last page: not attributed to us",
    )
    _SPECS[-1] = (6, spec)


def conflicts_official() -> None:
    add(
        slug="state-ghana-consent-ministry-to-confirm",
        frm=("Permanent Mission of Ghana Geneva", "ghanamission.geneva@mfa.gov.gh"),
        subject="Note verbale - Ghana - call for inputs on PMSCs",
        body=T("""
            Dear Sir/Madam,

            Please find attached Note Verbale No. PMG/HR/112/2020 conveying the response of
            the Government of Ghana. The Mission has no objection to the publication of the
            enclosed note on the OHCHR website.

            Best regards,
            Human Rights Desk
            Permanent Mission of Ghana, Geneva
            """),
        lang="en",
        tz=0,
        atts=[
            docx_file(
                "NV PMG-HR-112-2020.docx",
                "en",
                note(
                    "en",
                    "the Republic of Ghana",
                    "the Republic of Ghana",
                    "gha",
                    post=(
                        "The Ministry of Foreign Affairs and Regional Integration will confirm "
                        "in due course whether this information may be made public.",
                    ),
                ),
            )
        ],
        conf="unclear",
        submitter=(MS, "Ghana", "GHA"),
        trap="the e-mail has no objection; the note says the Ministry will confirm later",
    )
    add(
        slug="acad-es-consent-consulten-pdf",
        frm=("Dra. Laura Jiménez Rojas", "laura.jimenez@ucr.ac.cr"),
        subject="Aporte del Instituto de Investigaciones Sociales (UCR)",
        body=T("""
            Estimado Grupo de Trabajo:

            Adjunto el aporte del Instituto de Investigaciones Sociales de la Universidad de
            Costa Rica sobre la seguridad privada en los puestos fronterizos de Peñas Blancas y
            Paso Canoas. Pueden publicarla en el sitio web.

            Cordialmente,
            Laura Jiménez Rojas
            """),
        lang="es",
        tz=-6,
        atts=[
            pdf(
                "IIS_UCR_aporte.pdf",
                "es",
                paras(
                    "es",
                    "iisucr",
                    5,
                    post=(
                        "Agradeceríamos que nos consultaran antes de publicar esta versión, "
                        "que aún está en revisión por el comité editorial del Instituto.",
                    ),
                ),
                title=TITLE["es"],
            )
        ],
        conf="unclear",
        submitter=(AC, "Instituto de Investigaciones Sociales, Universidad de Costa Rica", None),
        trap="body 'Pueden publicarla'; the document asks to be consulted first",
    )


# ====================================================================== 3. scans


def scans() -> None:
    add(
        slug="ngo-en-scan-consent",
        frm=("Lake Chad Migrants Assistance", "lcma.maiduguri@gmail.com"),
        subject="Signed submission - Lake Chad Migrants Assistance",
        body=T("""
            Dear Sir/Madam,

            Attached is the signed submission of Lake Chad Migrants Assistance, which we
            scanned because our office computer and printer are shared with other
            organisations. We consent to its publication on the OHCHR website.

            Yours faithfully,
            Alhaji Musa Bukar
            Director, Lake Chad Migrants Assistance, Maiduguri
            """),
        lang="en",
        tz=1,
        atts=[scanned_pdf("LCMA_submission_signed.pdf", seed=21)],
        conf="unclear",
        flags=["needs_ocr"],
        submitter=(CS, "Lake Chad Migrants Assistance", None),
        trap="consent in the body, but the scanned letter is unread: unclear",
    )
    add(
        slug="state-gabon-nv-scan",
        frm=("Mission permanente du Gabon", "mission.gabon.geneve@diplomatie.gouv.ga"),
        subject="Note verbale n° 0215/MPG/GVA - appel à contributions",
        body=T("""
            Madame, Monsieur,

            Veuillez trouver ci-joint, en version numérisée, la note verbale n° 0215/MPG/GVA
            de la Mission permanente de la République gabonaise, qui transmet les éléments de
            réponse du Gouvernement à l'appel du Groupe de travail sur l'utilisation de
            mercenaires.

            Cordialement,
            Le Secrétariat de la Mission
            """),
        lang="fr",
        tz=1,
        atts=[scanned_pdf("NV_0215_MPG_GVA.pdf", seed=22)],
        conf="unclear",
        flags=["needs_ocr"],
        submitter=(MS, "Gabon", "GAB"),
        trap="a scanned note verbale; nothing in the body about publication",
    )
    add(
        slug="nhri-honduras-oficio-scan",
        frm=("CONADEH Honduras", "relaciones.internacionales@conadeh.hn"),
        subject="Oficio CONADEH - contribución al Grupo de Trabajo",
        body=T("""
            Estimados señores:

            Adjunto remitimos, escaneado, el oficio firmado por la Comisionada Nacional de los
            Derechos Humanos de Honduras con la contribución de la institución a la
            convocatoria del Grupo de Trabajo sobre la utilización de mercenarios.

            Atentamente,
            Unidad de Relaciones Internacionales, CONADEH
            """),
        lang="es",
        tz=-6,
        atts=[scanned_pdf("Oficio_CONADEH_2020.pdf", seed=23)],
        conf="unclear",
        flags=["needs_ocr"],
        submitter=(NHRI, "Comisionado Nacional de los Derechos Humanos", "HND"),
        trap="NHRI's signed letter as a scan, silent body",
    )
    add(
        slug="ngo-en-scan-handwritten-silent",
        frm=("Kakuma Refugee Women's Association", "krwa.kakuma@yahoo.com"),
        subject="submission from Kakuma women",
        body=T("""
            Hello,

            We are sending our submission about the private guards at the reception centre and
            at the border posts. We wrote it by hand at our meeting and scanned it at the office
            of a partner organisation in Kakuma.

            Thank you,
            Kakuma Refugee Women's Association
            """),
        lang="en",
        tz=3,
        atts=[scanned_pdf("KRWA submission.pdf", seed=24)],
        conf="unclear",
        flags=["needs_ocr"],
        submitter=(CS, "Kakuma Refugee Women's Association", None),
        trap="handwritten submission scanned; nothing said in the body",
    )
    add(
        slug="acad-fr-docx-plus-lettre-scannee",
        frm=("Pr Koffi Agbodjan", "k.agbodjan@univ-lome.tg"),
        subject="Contribution du Laboratoire d'études sur les migrations (Université de Lomé)",
        body=T("""
            Madame, Monsieur,

            Vous trouverez ci-joint notre contribution au format Word ainsi que la lettre de
            transmission signée par le directeur du laboratoire (scannée). Nous consentons à la
            publication de la contribution.

            Respectueusement,
            Pr Koffi Agbodjan
            Laboratoire d'études sur les migrations, Université de Lomé
            """),
        lang="fr",
        tz=0,
        atts=[
            docx_file("Contribution LEM Lome.docx", "fr", paras("fr", "lem", 6), title=TITLE["fr"]),
            scanned_pdf("Lettre_transmission_signee.pdf", seed=25),
        ],
        conf="unclear",
        flags=["needs_ocr"],
        submitter=(AC, "Laboratoire d'études sur les migrations, Université de Lomé", None),
        trap="Word text with consent in the body, plus a scanned cover letter left unread",
    )
    add(
        slug="ngo-es-scan-consent",
        frm=("Casa del Migrante Frontera Sur", "casamigrante.fronterasur@gmail.com"),
        subject="Aporte firmado Casa del Migrante",
        body=T("""
            Buenas tardes:

            Les enviamos escaneado el documento firmado por la coordinación de la Casa del
            Migrante Frontera Sur con nuestro aporte a la convocatoria. Autorizamos su
            publicación en la página de la Oficina.

            Saludos,
            Casa del Migrante Frontera Sur, Ciudad Hidalgo, Chiapas
            """),
        lang="es",
        tz=-6,
        atts=[scanned_pdf("aporte casa del migrante.pdf", seed=26)],
        conf="unclear",
        flags=["needs_ocr"],
        submitter=(CS, "Casa del Migrante Frontera Sur", None),
        trap="consent in the body, the signed document a scan",
    )


# ====================================================================== 4. encrypted


def encrypted() -> None:
    add(
        slug="ngo-en-encrypted-consent",
        frm=("Danube Refugee Legal Aid", "office@danube-legalaid.org"),
        subject="Submission - Danube Refugee Legal Aid (password protected)",
        body=T("""
            Dear colleagues,

            Please find attached the submission of Danube Refugee Legal Aid. The file is
            password protected, as our data policy requires for every document we send out; we
            will send the password in a separate e-mail. You may publish the submission.

            Kind regards,
            Danube Refugee Legal Aid, Budapest
            """),
        lang="en",
        tz=1,
        atts=[encrypted_pdf("DRLA_submission.pdf", paras("en", "drla", 4))],
        conf="unclear",
        flags=["encrypted"],
        submitter=(CS, "Danube Refugee Legal Aid", None),
        trap="consent in the body; the PDF cannot be opened",
    )
    add(
        slug="ngo-fr-encrypted-silent",
        frm=("Collectif d'aide aux exilés du Calaisis", "contact@exiles-calaisis.org"),
        subject="Contribution du Collectif (fichier protégé)",
        body=T("""
            Bonjour,

            Voici la contribution du Collectif d'aide aux exilés du Calaisis. Le fichier est
            protégé par un mot de passe, que nous vous communiquerons par téléphone si vous
            nous indiquez un numéro.

            Cordialement,
            Le Collectif
            """),
        lang="fr",
        tz=1,
        atts=[encrypted_pdf("Contribution_CAEC.pdf", paras("fr", "caec", 4))],
        conf="unclear",
        flags=["encrypted"],
        submitter=(CS, "Collectif d'aide aux exilés du Calaisis", None),
        trap="password-protected PDF, nothing about publication in the body",
    )
    add(
        slug="state-nicaragua-encrypted",
        frm=("Misión Permanente de Nicaragua", "mision.nicaragua@cancilleria.gob.ni"),
        subject="Nota verbal MPN-GIN-0098-2020",
        body=T("""
            Estimados señores:

            Se remite la nota verbal MPN-GIN-0098-2020 con la información del Gobierno de
            Nicaragua. Conforme a los procedimientos de seguridad de la Cancillería, el
            documento se envía protegido con contraseña, la cual será comunicada por separado.

            Atentamente,
            Misión Permanente de Nicaragua en Ginebra
            """),
        lang="es",
        tz=1,
        atts=[
            encrypted_pdf(
                "MPN-GIN-0098-2020.pdf", note("es", "de Nicaragua", "de Nicaragua", "nic")
            )
        ],
        conf="unclear",
        flags=["encrypted"],
        submitter=(MS, "Nicaragua", "NIC"),
        trap="a State's note verbale sent encrypted, the password to follow",
    )
    add(
        slug="acad-en-encrypted-consent",
        frm=("Prof. Thandiwe Dlamini", "t.dlamini@up.ac.za"),
        subject="Centre for Human Rights (Pretoria) - input on PMSCs and migration",
        body=T("""
            Dear Working Group,

            The Centre for Human Rights at the University of Pretoria is pleased to send the
            attached input. The PDF is encrypted under the University's information security
            rules; I will send the password separately. We are happy for the submission to be
            published on the OHCHR website.

            Regards,
            Prof. Thandiwe Dlamini
            """),
        lang="en",
        tz=2,
        atts=[encrypted_pdf("CHR_UP_input.pdf", paras("en", "chrup", 5))],
        conf="unclear",
        flags=["encrypted"],
        submitter=(AC, "Centre for Human Rights, University of Pretoria", None),
        trap="consent in the body, document encrypted",
    )
    add(
        slug="nhri-cameroon-encrypted-consent",
        frm=("CDHC Cameroun", "contact@cdhc.cm"),
        subject="Contribution de la Commission des droits de l'homme du Cameroun",
        body=T("""
            Madame, Monsieur,

            La Commission des droits de l'homme du Cameroun vous adresse sa contribution à
            l'appel du Groupe de travail. Le document est joint sous forme de fichier protégé ;
            le mot de passe vous sera transmis par un courrier séparé. Elle peut être publiée.

            Le Président de la Commission
            """),
        lang="fr",
        tz=1,
        atts=[encrypted_pdf("Contribution_CDHC.pdf", paras("fr", "cdhc", 5))],
        conf="unclear",
        flags=["encrypted"],
        submitter=(NHRI, "Commission des droits de l'homme du Cameroun", "CMR"),
        trap="NHRI consents in the body; its document is locked",
    )
    add(
        slug="ngo-es-encrypted-silent",
        frm=("Asociación Canaria de Apoyo al Migrante", "acam.canarias@gmail.com"),
        subject="Contribución ACAM",
        body=T("""
            Hola:

            Os enviamos la contribución de la Asociación Canaria de Apoyo al Migrante. El
            documento va protegido con contraseña; os la facilitaremos por teléfono en cuanto
            nos indiquéis un número de contacto.

            Un saludo,
            ACAM, Las Palmas de Gran Canaria
            """),
        lang="es",
        tz=0,
        atts=[encrypted_pdf("Contribucion_ACAM.pdf", paras("es", "acam", 4))],
        conf="unclear",
        flags=["encrypted"],
        submitter=(CS, "Asociación Canaria de Apoyo al Migrante", None),
        trap="encrypted, silent body",
    )


# ====================================================================== 5. archives too deep


def deep_archives() -> None:
    add(
        slug="coalition-en-zip-in-zips-consent",
        frm=("CMAN Coordination", "coordination@cmedaccountability.org"),
        subject="Joint submission - Central Mediterranean Accountability Network",
        body=T("""
            Dear Secretariat,

            Please find attached the joint submission of the Central Mediterranean
            Accountability Network. Each partner compressed its chapter and our coordination
            office packed everything again before sending, so the file is an archive within
            archives; we apologise for the inconvenience. We consent to the publication of the
            submission.

            Best regards,
            Coordination Office, Central Mediterranean Accountability Network
            """),
        lang="en",
        tz=1,
        atts=[
            nested_zip(
                ("CMAN_submission.zip", "CMAN_final.zip", "chapters.zip", "main_text.zip"),
                pdf("CMAN_joint_submission.pdf", "en", paras("en", "cman", 6)),
            )
        ],
        conf="unclear",
        submitter=(CS, "Central Mediterranean Accountability Network", None),
        trap="a zip in a zip in a zip in a zip: the document is out of reach (no SPEC flag)",
    )
    add(
        slug="ngo-fr-zip-in-zips-silent",
        frm=("Réseau Sahel Mobilités", "reseau@sahel-mobilites.org"),
        subject="Contribution du Réseau Sahel Mobilités",
        body=T("""
            Bonjour,

            Notre système de gestion documentaire exporte les dossiers sous forme d'archives
            compressées les unes dans les autres ; vous trouverez la contribution du Réseau
            Sahel Mobilités dans l'archive jointe.

            Cordialement,
            Réseau Sahel Mobilités, Niamey
            """),
        lang="fr",
        tz=1,
        atts=[
            nested_zip(
                ("RSM_export.zip", "dossier.zip", "documents.zip", "contribution.zip"),
                docx_file("Contribution_RSM.docx", "fr", paras("fr", "rsm", 5)),
            )
        ],
        conf="unclear",
        submitter=(CS, "Réseau Sahel Mobilités", None),
        trap="four archives deep, silent body",
    )
    add(
        slug="ngo-es-zip-in-zips-consent",
        frm=("Red Andina de Movilidad Humana", "secretaria@redandinamovilidad.org"),
        subject="Aporte de la Red Andina de Movilidad Humana (archivo comprimido)",
        body=T("""
            Estimados:

            Adjuntamos en un archivo comprimido el aporte de la Red Andina de Movilidad
            Humana, tal como lo fue reuniendo cada capítulo nacional antes de enviarlo a la
            secretaría. Autorizamos su publicación.

            Saludos cordiales,
            Secretaría de la Red Andina de Movilidad Humana, Quito
            """),
        lang="es",
        tz=-5,
        atts=[
            nested_zip(
                ("Aporte_RAMH.zip", "RAMH_2020.zip", "capitulos.zip", "version_final.zip"),
                pdf("Aporte_RAMH.pdf", "es", paras("es", "ramh", 6), title=TITLE["es"]),
            )
        ],
        conf="unclear",
        submitter=(CS, "Red Andina de Movilidad Humana", None),
        trap="consent in the body, the document four archives deep",
    )
    add(
        slug="acad-en-zip-five-deep",
        frm=("Dr Sipho Ndlovu", "sipho.ndlovu@wits.ac.za"),
        subject="ACMS contribution - PMSCs in immigration and border management",
        body=T("""
            Dear colleagues,

            Please find our contribution in the attached archive. Our file transfer system adds
            a layer of compression each time a file passes from one department to another, so
            you may need to open it several times.

            Best,
            Sipho Ndlovu
            African Centre for Migration & Society, University of the Witwatersrand
            """),
        lang="en",
        tz=2,
        atts=[
            nested_zip(
                ("ACMS.zip", "ACMS.zip", "outgoing.zip", "research.zip", "contribution.zip"),
                docx_file("ACMS_contribution.docx", "en", paras("en", "acms", 5)),
            )
        ],
        conf="unclear",
        submitter=(
            AC,
            "African Centre for Migration & Society, University of the Witwatersrand",
            None,
        ),
        trap="five archives deep, silent body",
    )
    add(
        slug="nhri-costa-rica-zip-in-zips",
        frm=("Defensoría de los Habitantes", "internacional@dhr.go.cr"),
        subject="Informe de la Defensoría de los Habitantes - convocatoria mercenarios",
        body=T("""
            Estimados señores:

            Se adjunta, en archivo comprimido, el informe de la Defensoría de los Habitantes de
            la República de Costa Rica para la convocatoria del Grupo de Trabajo. Se autoriza
            su publicación.

            Atentamente,
            Dirección de Relaciones Internacionales
            """),
        lang="es",
        tz=-6,
        atts=[
            nested_zip(
                ("DHR_informe.zip", "DHR.zip", "informe.zip", "anexos_y_texto.zip"),
                docx_file("Informe_DHR_CR.docx", "es", paras("es", "dhrcr", 5)),
            )
        ],
        conf="unclear",
        submitter=(NHRI, "Defensoría de los Habitantes de la República de Costa Rica", "CRI"),
        trap="NHRI consents in the body; report four archives deep",
    )


# ====================================================================== 6. form fields


def form_fields() -> None:
    add(
        slug="ngo-en-pdf-radio-off-consent",
        frm=("Andaman Sea Migrant Rights Project", "info@andamanmigrants.org"),
        subject="Submission with cover form - Andaman Sea Migrant Rights Project",
        body=T("""
            Dear Secretariat,

            Attached is our submission, with our standard cover form on the last page. We
            consent to publication.

            Regards,
            Andaman Sea Migrant Rights Project, Ranong
            """),
        lang="en",
        tz=7,
        atts=[
            pdf_form(
                "ASMRP_submission_with_form.pdf",
                "en",
                paras("en", "asmrp", 5),
                [
                    "Cover form",
                    "Organization: Andaman Sea Migrant Rights Project",
                    "Publication on the OHCHR website:",
                ],
                [FormField("Publication", "radio", "Off", ("Yes", "No"), line=2)],
                title=TITLE["en"],
            )
        ],
        conf="unclear",
        submitter=(CS, "Andaman Sea Migrant Rights Project", None),
        trap="body consents; the PDF radio group 'Publication' is Off on both choices",
    )
    add(
        slug="acad-en-pdf-consent-field-empty",
        frm=("Dr Anna Kovács", "kovacsa@ceu.edu"),
        subject="Contribution - Migration Governance Lab",
        body=T("""
            Dear colleagues,

            Please find attached our contribution, with the cover form completed.

            Anna Kovács
            """),
        lang="en",
        tz=1,
        atts=[
            pdf_form(
                "MGL_contribution.pdf",
                "en",
                paras("en", "mgl", 5),
                ["Contributor:", "Contact e-mail:", "Consent to publication:"],
                [
                    FormField("Contributor", "text", "Migration Governance Lab, CEU"),
                    FormField("Contact e-mail", "text", "kovacsa@ceu.edu", line=1),
                    FormField("Consent to publication", "text", "", line=2),
                ],
                title=TITLE["en"],
            )
        ],
        conf="unclear",
        submitter=(AC, "Migration Governance Lab, Central European University", None),
        trap="a filled-in PDF form whose 'Consent to publication' field alone is empty",
    )
    add(
        slug="ngo-fr-pdf-radio-off-silent",
        frm=("Association d'aide aux migrants de Nouadhibou", "aamn.nouadhibou@gmail.com"),
        subject="Contribution AAMN avec formulaire",
        body=T("""
            Bonjour,

            Ci-joint notre contribution, avec le formulaire de couverture rempli.

            AAMN
            """),
        lang="fr",
        tz=0,
        atts=[
            pdf_form(
                "AAMN_contribution.pdf",
                "fr",
                paras("fr", "aamn", 5),
                [
                    "Formulaire de couverture",
                    "Organisation : Association d'aide aux migrants de Nouadhibou",
                    "Autorisation de publication :",
                ],
                [FormField("Publication", "radio", "Off", ("Oui", "Non"), line=2)],
                title=TITLE["fr"],
            )
        ],
        conf="unclear",
        submitter=(CS, "Association d'aide aux migrants de Nouadhibou", None),
        trap="radio group 'Publication' (Oui/Non) Off on both; silent body",
    )


def form_fields_more() -> None:
    add(
        slug="ngo-es-pdf-combo-seleccione",
        frm=("Centro de Atención al Migrante de Tapachula", "camt.tapachula@gmail.com"),
        subject="Contribución y ficha de presentación",
        body=T("""
            Buen día:

            Adjuntamos nuestra contribución con la ficha de presentación.

            CAMT
            """),
        lang="es",
        tz=-6,
        atts=[
            pdf_form(
                "CAMT_contribucion.pdf",
                "es",
                paras("es", "camt", 5),
                ["Ficha de presentación", "Organización:", "Publicación de la contribución:"],
                [
                    FormField(
                        "Organización",
                        "text",
                        "Centro de Atención al Migrante de Tapachula",
                        line=1,
                    ),
                    FormField(
                        "Publicación",
                        "combo",
                        "Seleccione una opción",
                        ("Seleccione una opción", "Sí, puede publicarse", "No, confidencial"),
                        line=2,
                    ),
                ],
                title=TITLE["es"],
            )
        ],
        conf="unclear",
        submitter=(CS, "Centro de Atención al Migrante de Tapachula", None),
        trap="drop-down 'Publicación' left on 'Seleccione una opción' (its list names both)",
    )
    add(
        slug="nhri-uganda-pdf-combo-select",
        frm=("Uganda Human Rights Commission", "uhrc@uhrc.ug"),
        subject="UHRC contribution and submission form",
        body=T("""
            Dear Sir/Madam,

            Please find attached the contribution of the Uganda Human Rights Commission to the
            call for inputs of the Working Group on the use of mercenaries, together with the
            completed submission form.

            Yours faithfully,
            Secretary to the Commission
            """),
        lang="en",
        tz=3,
        atts=[
            pdf_form(
                "UHRC_contribution.pdf",
                "en",
                paras("en", "uhrc", 6),
                ["Submission form", "Institution:", "Publication:"],
                [
                    FormField("Institution", "text", "Uganda Human Rights Commission", line=1),
                    FormField(
                        "Publication",
                        "combo",
                        "Select",
                        ("Select", "May be published", "Confidential"),
                        line=2,
                    ),
                ],
                title=TITLE["en"],
            )
        ],
        conf="unclear",
        submitter=(NHRI, "Uganda Human Rights Commission", "UGA"),
        trap="drop-down 'Publication' still on 'Select'",
    )
    add(
        slug="acad-es-consent-pdf-field-empty",
        frm=("Dr. Jorge Valenzuela", "jvalenzuela@uabc.edu.mx"),
        subject="Aporte del Observatorio de Migración y Fronteras (UABC)",
        body=T("""
            Estimado Grupo de Trabajo:

            Les hago llegar el aporte del Observatorio de Migración y Fronteras de la
            Universidad Autónoma de Baja California. Autorizamos la publicación de nuestro
            aporte.

            Saludos cordiales,
            Jorge Valenzuela
            """),
        lang="es",
        tz=-8,
        atts=[
            pdf_form(
                "OMF_UABC_aporte.pdf",
                "es",
                paras("es", "omfuabc", 5),
                ["Institución:", "Consentimiento para publicación:"],
                [
                    FormField("Institución", "text", "Observatorio de Migración y Fronteras"),
                    FormField("Consentimiento para publicación", "text", "", line=1),
                ],
                title=TITLE["es"],
            )
        ],
        conf="unclear",
        submitter=(
            AC,
            "Observatorio de Migración y Fronteras, Universidad Autónoma de Baja California",
            None,
        ),
        trap="body consents; the form field 'Consentimiento para publicación' is empty",
    )


# ====================================================================== 7. languages without rules


def other_languages() -> None:
    add(
        slug="ngo-pt-nao-seja-divulgada",
        frm=("Rede de Apoio a Migrantes da Fronteira Norte", "contato@redefronteiranorte.org.br"),
        subject="Contribuição da Rede de Apoio a Migrantes da Fronteira Norte",
        body=T("""
            Prezados senhores,

            Encaminhamos em anexo a contribuição da Rede de Apoio a Migrantes da Fronteira
            Norte para a convocatória do Grupo de Trabalho sobre o uso de mercenários.

            Atenciosamente,
            Coordenação da Rede, Boa Vista (RR)
            """),
        lang="pt",
        tz=-4,
        atts=[
            pdf(
                "Contribuicao_Rede_Fronteira_Norte.pdf",
                "pt",
                paras(
                    "pt-ngo",
                    "rafn",
                    4,
                    post=(
                        "Por razões de segurança das pessoas entrevistadas, solicitamos que a "
                        "contribuição não seja divulgada.",
                    ),
                ),
                title="Contribuição ao Grupo de Trabalho sobre o uso de mercenários",
            )
        ],
        conf="unclear",
        submitter=(CS, "Rede de Apoio a Migrantes da Fronteira Norte", None),
        trap="Portuguese: 'solicitamos que a contribuição não seja divulgada'; no rules",
    )
    add(
        slug="ngo-de-darf-veroeffentlicht",
        frm=("Netzwerk Grenzmonitoring Österreich", "office@grenzmonitoring.at"),
        subject="Statement of Netzwerk Grenzmonitoring Österreich (in German)",
        body=T("""
            Dear Sir or Madam,

            Please find attached the statement of Netzwerk Grenzmonitoring Österreich. We
            apologise that it is in German: we could not have it translated before the
            deadline.

            Kind regards,
            Netzwerk Grenzmonitoring Österreich, Vienna
            """),
        lang="en",
        tz=1,
        atts=[
            pdf(
                "Stellungnahme_Grenzmonitoring.pdf",
                "de",
                paras("de", "ngmo", 4, post=("Die Stellungnahme darf veröffentlicht werden.",)),
                title="Stellungnahme an die Arbeitsgruppe der Vereinten Nationen zum Einsatz "
                "von Söldnern",
            )
        ],
        conf="unclear",
        submitter=(CS, "Netzwerk Grenzmonitoring Österreich", None),
        trap="English body; German document says 'darf veröffentlicht werden'",
    )
    add(
        slug="acad-it-acconsentiamo",
        frm=("Prof.ssa Giulia Ferraro", "giulia.ferraro@unipa.it"),
        subject="Contributo - Centro di ricerca sulle migrazioni, Università di Palermo",
        body=T("""
            Gentili colleghi,

            in allegato il contributo del nostro centro di ricerca all'invito del Gruppo di
            lavoro sull'uso di mercenari. Acconsentiamo alla pubblicazione del presente
            contributo sul sito dell'OHCHR.

            Cordiali saluti,
            Giulia Ferraro
            Centro di ricerca sulle migrazioni, Università degli Studi di Palermo
            """),
        lang="it",
        tz=1,
        atts=[
            docx_file(
                "Contributo_CRM_Palermo.docx",
                "it",
                paras("it", "crmpa", 4),
                title="Contributo al Gruppo di lavoro sull'uso di mercenari",
            )
        ],
        conf="unclear",
        submitter=(AC, "Centro di ricerca sulle migrazioni, Università di Palermo", None),
        trap="Italian consent 'Acconsentiamo alla pubblicazione': no Italian rules",
    )


def other_languages_more() -> None:
    add(
        slug="ngo-it-non-pubblicare",
        frm=("Approdi Solidali", "info@approdisolidali.it"),
        subject="Contributo di Approdi Solidali",
        body=T("""
            Buongiorno,

            vi inviamo il contributo di Approdi Solidali. Vi chiediamo di non pubblicare il
            nostro contributo: alcune testimonianze riguardano persone ancora trattenute.

            Approdi Solidali, Catania
            """),
        lang="it",
        tz=1,
        atts=[pdf("Contributo_Approdi_Solidali.pdf", "it", paras("it", "approdi", 4))],
        conf="unclear",
        submitter=(CS, "Approdi Solidali", None),
        trap="Italian refusal 'Vi chiediamo di non pubblicare': a cue in a language without rules",
    )
    add(
        slug="acad-de-vertraulich",
        frm=("Prof. Dr. Katharina Weber", "katharina.weber@uni-konstanz.de"),
        subject="Stellungnahme der Forschungsstelle Migrationsrecht",
        body=T("""
            Sehr geehrte Damen und Herren,

            anbei erhalten Sie die Stellungnahme unserer Forschungsstelle zum Aufruf der
            Arbeitsgruppe. Wir bitten darum, die Stellungnahme vertraulich zu behandeln.

            Mit freundlichen Grüßen
            Katharina Weber
            Forschungsstelle Migrationsrecht, Universität Konstanz
            """),
        lang="de",
        tz=1,
        atts=[
            docx_file(
                "Stellungnahme_FMR_Konstanz.docx",
                "de",
                paras("de", "fmrk", 4),
                title="Stellungnahme zum Aufruf der Arbeitsgruppe über den Einsatz von Söldnern",
            )
        ],
        conf="unclear",
        submitter=(AC, "Forschungsstelle Migrationsrecht, Universität Konstanz", None),
        trap="German 'vertraulich zu behandeln': a cue in a language without rules",
    )
    add(
        slug="state-mozambique-nota-verbal-pt",
        frm=("Missão Permanente de Moçambique", "mission.mozambique.geneva@minec.gov.mz"),
        subject="Nota verbal n.º 047/MPMG/2020 - Grupo de Trabalho sobre mercenários",
        body=T("""
            Exmos. Senhores,

            A Missão Permanente da República de Moçambique junto do Escritório das Nações
            Unidas em Genebra remete em anexo a nota verbal n.º 047/MPMG/2020, com a
            contribuição do Governo de Moçambique.

            Com os melhores cumprimentos,
            Missão Permanente de Moçambique
            """),
        lang="pt",
        tz=1,
        atts=[
            pdf(
                "NV_047_MPMG_2020.pdf",
                "pt",
                [
                    "A Missão Permanente da República de Moçambique junto do Escritório das "
                    "Nações Unidas em Genebra apresenta os seus cumprimentos ao Alto "
                    "Comissariado das Nações Unidas para os Direitos Humanos e, com referência "
                    "ao pedido de contribuições do Grupo de Trabalho sobre o uso de "
                    "mercenários, tem a honra de transmitir as seguintes informações.",
                    *pick("pt-gov", 3, "moz"),
                    "A Missão Permanente não se opõe à publicação da presente nota no sítio da "
                    "Internet do Alto Comissariado.",
                    "A Missão Permanente aproveita a oportunidade para renovar ao Alto "
                    "Comissariado os protestos da sua mais elevada consideração.",
                ],
            )
        ],
        conf="unclear",
        submitter=(MS, "Mozambique", "MOZ"),
        trap="Portuguese note verbale 'não se opõe à publicação': no Portuguese rules",
    )


# ====================================================================== ordinary ones


def ordinary() -> None:
    add(
        slug="ngo-en-confidential-contracts-consent",
        frm=("Northern Corridor Migrant Rights", "advocacy@ncmigrantrights.org"),
        subject="Submission - Northern Corridor Migrant Rights",
        body=T("""
            Dear Secretariat,

            Our submission looks in particular at the confidential contracts between the
            Ministry of the Interior and two security companies, which have never been
            disclosed to Parliament. We consent to the publication of this submission.

            Regards,
            Northern Corridor Migrant Rights
            """),
        lang="en",
        tz=3,
        atts=[
            pdf(
                "NCMR_submission.pdf",
                "en",
                [
                    "The contracts under which two companies run the transit centres at the "
                    "northern border are confidential: neither Parliament nor the courts have "
                    "seen their terms on the use of force, staffing or complaints.",
                    *paras("en", "ncmr", 5),
                ],
                title=TITLE["en"],
            )
        ],
        conf="publish",
        submitter=(CS, "Northern Corridor Migrant Rights", None),
        trap="'confidential contracts' is the topic; the body consents",
    )
    add(
        slug="ngo-fr-marches-publics-silent",
        frm=("Observatoire citoyen de la commande publique", "contact@oc-commandepublique.fr"),
        subject="Contribution - marchés publics de sécurité aux frontières",
        body=T("""
            Madame, Monsieur,

            Veuillez trouver ci-joint la contribution de l'Observatoire citoyen de la commande
            publique, consacrée aux marchés publics de sécurité passés pour la surveillance des
            frontières et la gestion des centres de rétention.

            Bien cordialement,
            L'équipe de l'Observatoire
            """),
        lang="fr",
        tz=1,
        atts=[
            docx_file(
                "OCCP_contribution.docx",
                "fr",
                [
                    "Les avis de marché sont publiés au Bulletin officiel des annonces des "
                    "marchés publics, mais les cahiers des charges et les rapports d'exécution "
                    "ne sont pas accessibles aux citoyens.",
                    *paras("fr", "occp", 5),
                ],
                title=TITLE["fr"],
            )
        ],
        submitter=(CS, "Observatoire citoyen de la commande publique", None),
        trap="'marchés publics', 'avis de marché publiés': topic words, nothing requested",
    )
    add(
        slug="acad-es-salamanca-consent",
        frm=("Dra. Elena Martín Prieto", "emartin@usal.es"),
        subject="Contribución - Universidad de Salamanca",
        body=T("""
            Estimados miembros del Grupo de Trabajo:

            Les remito la contribución del Grupo de Investigación en Derecho Internacional y
            Migraciones de la Universidad de Salamanca. Autorizamos su publicación.

            Atentamente,
            Elena Martín Prieto
            """),
        lang="es",
        tz=1,
        atts=[pdf("GIDIM_USAL_contribucion.pdf", "es", paras("es", "usal", 6), title=TITLE["es"])],
        conf="publish",
        submitter=(
            AC,
            "Grupo de Investigación en Derecho Internacional y Migraciones, Universidad de "
            "Salamanca",
            None,
        ),
        trap="plain Spanish consent",
    )
    add(
        slug="state-malaysia-nv-silent",
        frm=("Permanent Mission of Malaysia Geneva", "malgeneva@kln.gov.my"),
        subject="Note Verbale - Malaysia - Working Group on the use of mercenaries",
        body=T("""
            Dear Sir/Madam,

            The Permanent Mission of Malaysia wishes to transmit the attached note verbale
            containing Malaysia's response to the call for inputs.

            Thank you.
            Permanent Mission of Malaysia, Geneva
            """),
        lang="en",
        tz=8,
        atts=[docx_file("NV Malaysia PMSC.docx", "en", note("en", "Malaysia", "Malaysia", "mys"))],
        submitter=(MS, "Malaysia", "MYS"),
        trap="note verbale, nothing on publication",
    )
    add(
        slug="nhri-senegal-consent",
        frm=("Comité sénégalais des droits de l'homme", "csdh@csdh.sn"),
        subject="Contribution du Comité sénégalais des droits de l'homme",
        body=T("""
            Madame, Monsieur,

            Le Comité sénégalais des droits de l'homme vous transmet ci-joint sa contribution.
            Le Comité consent à la publication de sa contribution.

            Le Président
            """),
        lang="fr",
        tz=0,
        atts=[pdf("Contribution_CSDH.pdf", "fr", paras("fr", "csdh", 6), title=TITLE["fr"])],
        conf="publish",
        submitter=(NHRI, "Comité sénégalais des droits de l'homme", "SEN"),
        trap="NHRI, French consent",
    )
    add(
        slug="ngo-en-public-procurement-silent",
        frm=("Border Procurement Watch", "research@borderprocurementwatch.eu"),
        subject="Input - public procurement of border security services",
        body=T("""
            Dear colleagues,

            Please find attached our input, based on an analysis of 214 public procurement
            notices for border surveillance and detention services published in the Tenders
            Electronic Daily between 2014 and 2019.

            Kind regards,
            Border Procurement Watch research team
            """),
        lang="en",
        tz=1,
        atts=[
            pdf(
                "BPW_input.pdf",
                "en",
                [
                    "Public procurement notices tell us who won a contract and for how much, "
                    "but rarely what the contractor is allowed to do. Of the 214 notices we "
                    "studied, only 9 mentioned human rights obligations.",
                    *paras("en", "bpw", 5),
                ],
                title=TITLE["en"],
            )
        ],
        submitter=(CS, "Border Procurement Watch", None),
        trap="'public procurement', 'published' notices: topic words; nothing requested",
    )


def ordinary_more() -> None:
    add(
        slug="ngo-es-contratos-confidenciales-consent",
        frm=("CESSD", "cessd@cessd.org.ar"),
        subject="Aporte del Centro de Estudios sobre Seguridad Privada y Derechos",
        body=T("""
            Estimados:

            En nuestro aporte analizamos los contratos confidenciales firmados entre la
            Dirección Nacional de Migraciones y empresas de seguridad privada. El aporte puede
            publicarse en el sitio web de la Oficina.

            Saludos,
            Centro de Estudios sobre Seguridad Privada y Derechos, Buenos Aires
            """),
        lang="es",
        tz=-3,
        atts=[pdf("Aporte_CESSD.pdf", "es", paras("es", "cessd", 6), title=TITLE["es"])],
        conf="publish",
        submitter=(CS, "Centro de Estudios sobre Seguridad Privada y Derechos", None),
        trap="'contratos confidenciales' is the topic; 'puede publicarse'",
    )
    add(
        slug="company-en-no-objection",
        frm=("Meridian Perimeter Services", "compliance@meridianperimeter.co.uk"),
        subject="Meridian Perimeter Services - contribution to the call for inputs",
        body=T("""
            Dear Sir/Madam,

            Meridian Perimeter Services provides guarding services at two immigration removal
            centres and welcomes the opportunity to contribute. The company has no objection to
            this submission being made public.

            Yours faithfully,
            Head of Compliance, Meridian Perimeter Services Ltd
            """),
        lang="en",
        tz=0,
        atts=[
            pdf(
                "Meridian_contribution.pdf",
                "en",
                [
                    "Meridian Perimeter Services is a member of the International Code of "
                    "Conduct Association. Our staff at immigration removal centres receive "
                    "forty hours of training before deployment, including on the use of force "
                    "and on safeguarding vulnerable adults.",
                    "We support independent inspection of every facility in which our staff "
                    "work and publish an annual summary of complaints and incidents.",
                    *paras("en", "meridian", 3),
                ],
                title=TITLE["en"],
            )
        ],
        conf="publish",
        submitter=(PS, "Meridian Perimeter Services", None),
        trap="a company's 'no objection to this submission being made public'",
    )
    add(
        slug="acad-en-confidentiality-clauses-silent",
        frm=("Dr James Whitfield", "james.whitfield@nottingham.ac.uk"),
        subject="Paper: confidentiality clauses in detention contracts",
        body=T("""
            Dear Working Group,

            Please find attached a short paper on confidentiality clauses in outsourcing
            contracts for immigration detention in the United Kingdom, and on their effect on
            parliamentary and judicial scrutiny.

            Best wishes,
            James Whitfield
            Human Rights Law Centre, University of Nottingham
            """),
        lang="en",
        tz=0,
        atts=[
            docx_file(
                "Whitfield_confidentiality_clauses.docx",
                "en",
                [
                    "Confidentiality clauses in detention contracts are invoked to refuse "
                    "requests under the Freedom of Information Act, including requests for "
                    "the number of staff on duty at night.",
                    *paras("en", "whitfield", 5),
                ],
                title="Confidentiality clauses and the scrutiny of outsourced immigration "
                "detention",
            )
        ],
        submitter=(AC, "Human Rights Law Centre, University of Nottingham", None),
        trap="'confidentiality clauses' is the topic: unspecified",
    )
    add(
        slug="state-chad-nv-consent",
        frm=("Mission permanente du Tchad", "mission.tchad.geneve@diplomatie.gouv.td"),
        subject="Note verbale - République du Tchad - appel à contributions",
        body=T("""
            Madame, Monsieur,

            Veuillez trouver ci-joint la note verbale de la Mission permanente de la République
            du Tchad.

            Cordialement,
            Mission permanente du Tchad à Genève
            """),
        lang="fr",
        tz=1,
        atts=[
            pdf(
                "NV Tchad GT mercenaires.pdf",
                "fr",
                note(
                    "fr",
                    "de la République du Tchad",
                    "tchadien",
                    "tcd",
                    post=(
                        "La Mission permanente ne voit pas d'objection à la publication de la "
                        "présente note sur le site Internet du Haut-Commissariat.",
                    ),
                ),
            )
        ],
        conf="publish",
        submitter=(MS, "Chad", "TCD"),
        trap="note verbale 'ne voit pas d'objection à la publication'",
    )
    add(
        slug="ngo-es-puentes-del-sur-silent",
        frm=("Fundación Puentes del Sur", "contacto@puentesdelsur.cl"),
        subject="Contribución Fundación Puentes del Sur",
        body=T("""
            Estimados señores:

            Adjuntamos la contribución de la Fundación Puentes del Sur sobre la participación
            de empresas de seguridad privada en el control migratorio en el norte de Chile.

            Cordialmente,
            Fundación Puentes del Sur, Arica
            """),
        lang="es",
        tz=-3,
        atts=[docx_file("Contribucion_Puentes_del_Sur.docx", "es", paras("es", "pds", 5))],
        submitter=(CS, "Fundación Puentes del Sur", None),
        trap="silent: unspecified",
    )
