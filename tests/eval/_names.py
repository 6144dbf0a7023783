"""The forms of each submitter's name that the publish page may give, by message slug.

A label's `submitter.name` is the organization's full name alone. The page gives "Full Name
(ACRONYM)" when the message writes both the full name and the organization's acronym (in
the body, a signature, the subject, the sender's display name or an attachment's text; an
acronym seen only in a file name or an address does not count): that form is then the only
right one (with the acronym as the message writes it, "CNDH" or "CNDH Togo"). A revision
that writes only the acronym also accepts the acronym. A unit of a university whose
acronym the message writes (UCM, ULB) may be given with or without it. A State is given by
its UN English short name, or by its formal name when the message uses one (in any
language). Any named message not listed here accepts its label's name alone.
"""

from __future__ import annotations

NAMES: dict[str, tuple[str, ...]] = {
    "nhri-kenya": ("Kenya National Commission on Human Rights (KNCHR)",),
    "nhri-togo-cndh": (
        "Commission nationale des droits de l'homme du Togo (CNDH)",
        "Commission nationale des droits de l'homme du Togo (CNDH Togo)",
    ),
    "acad-ucad-fr": (
        "Laboratoire de recherche sur les migrations, Université Cheikh Anta Diop de Dakar",
        "Laboratoire de recherche sur les migrations, Université Cheikh Anta Diop de Dakar (UCAD)",
        "Laboratoire de recherche sur les migrations de l'Université Cheikh Anta Diop de Dakar",
    ),
    "state-niger-fr": ("Niger", "Republic of the Niger"),
    "rev3-cncdh-original": ("Commission nationale consultative des droits de l'homme (CNCDH)",),
    "state-turkiye-en": ("Türkiye", "Republic of Türkiye", "Republic of Turkey"),
    "nhri-elsalvador-pddh": ("Procuraduría para la Defensa de los Derechos Humanos (PDDH)",),
    "acad-complutense": (
        "Fronteras y Derechos, Universidad Complutense de Madrid",
        "Fronteras y Derechos, Universidad Complutense de Madrid (UCM)",
    ),
    "ngo-en-silent-disclaimer": ("Sea Rescue Alliance (SRA)",),
    "acad-ulb-fr": (
        "Centre de droit international, Université libre de Bruxelles",
        "Centre de droit international, Université libre de Bruxelles (ULB)",
        "Centre de droit international (ULB)",
    ),
    "ngo-es-familiares-desaparecidos": (
        "Asociación de Familiares de Migrantes Desaparecidos (AFAMIDE)",
    ),
    "ngo-fr-reseau-euro-africain": ("Réseau Euro-Africain Migrations (REAM)",),
    "rev1-cpsm-original": ("Coalition on Private Security and Migration (CPSM)",),
    "state-panama-es": ("Panama", "Republic of Panama"),
    "ngo-fr-docx-footer-confidential": ("Observatoire des Frontières Alpines (OFA)",),
    "nhri-niger-cndh": (
        "Commission nationale des droits humains du Niger (CNDH)",
        "Commission nationale des droits humains du Niger (CNDH Niger)",
    ),
    "io-unodc": ("United Nations Office on Drugs and Crime (UNODC)",),
    "acad-pucp": (
        "Instituto de Democracia y Derechos Humanos, Pontificia Universidad Católica del"
        " Perú (IDEHPUCP)",
        "Instituto de Democracia y Derechos Humanos de la Pontificia Universidad"
        " Católica del Perú (IDEHPUCP)",
    ),
    "state-senegal-fr": ("Senegal", "Republic of Senegal"),
    "ngo-en-topic-plus-consent": ("Transparency for Borders (T4B)",),
    "nhri-morocco-cndh": (
        "Conseil national des droits de l'Homme (CNDH)",
        "Conseil national des droits de l'Homme (CNDH Maroc)",
    ),
    "acad-uniandes": ("Clínica Jurídica para Migrantes, Universidad de los Andes",),
    "coalition-en-own-name": ("European Platform on Border Watch (EPBW)",),
    "ngo-fr-ne-pas-publier": ("Association Tunisienne d'Aide aux Migrants (ATAM)",),
    "state-greece-en": ("Greece", "Hellenic Republic"),
    "state-madagascar-fr": ("Madagascar", "Republic of Madagascar"),
    "state-morocco-fr": ("Morocco", "Kingdom of Morocco"),
    "io-fra-eu": ("European Union Agency for Fundamental Rights (FRA)",),
    "state-cotedivoire-fr": ("Côte d'Ivoire", "Republic of Côte d'Ivoire"),
    "state-paraguay-es": ("Paraguay", "Republic of Paraguay"),
    "nhri-australia": ("Australian Human Rights Commission (AHRC)",),
    "state-azerbaijan-en": ("Azerbaijan", "Republic of Azerbaijan"),
    "state-iraq-ar-docx": ("Iraq", "Republic of Iraq"),
    "tech-andina-es": (
        "Tecnologías de Identificación Andina S.A.S. (TIA)",
        "Tecnologías de Identificación Andina S.A.S. (TIA S.A.S.)",
        "Tecnologías de Identificación Andina (TIA S.A.S.)",
    ),
    "nhri-uruguay-inddhh": (
        "Institución Nacional de Derechos Humanos y Defensoría del Pueblo (INDDHH)",
    ),
    "state-uruguay-es": ("Uruguay", "Eastern Republic of Uruguay"),
    "state-haiti-fr": ("Haiti", "Republic of Haiti"),
    "joint-en-cosignatories": ("Refugee Legal Support Centre (RLSC) and 4 others",),
    "acad-udp-chile": (
        "Centro de Derechos Humanos, Universidad Diego Portales",
        "Centro de Derechos Humanos, Universidad Diego Portales (UDP)",
        "Centro de Derechos Humanos UDP",
    ),
    "amend1-rsn-submission": ("Refugee Solidarity Network (RSN)",),
    "state-iran-confidential": ("Iran (Islamic Republic of)", "Islamic Republic of Iran"),
    "ngo-fr-ade-geneve": (
        "Association pour les droits des étrangers (ADE)",
        "Association pour les droits des étrangers (ADE Genève)",
    ),
    "nhri-philippines-chr": ("Commission on Human Rights of the Philippines (CHRP)",),
    "other-icoca": ("International Code of Conduct Association (ICoCA)",),
    "ngo-en-docx-silent": ("Migrant Rights Watch (MRW)",),
    "io-oas-cidh": ("Comisión Interamericana de Derechos Humanos (CIDH)",),
    "state-luxembourg-fr": ("Luxembourg", "Grand Duchy of Luxembourg"),
    "add1-jdp-submission": ("Justice for Detainees Project (JDP)",),
    "state-argentina-es": ("Argentina", "Argentine Republic"),
    "nhri-scotland": ("Scottish Human Rights Commission (SHRC)",),
    "fwd1-colleague-forward": ("Centro de Estudios Migratorios Andinos (CEMA)",),
    "io-ilo-fr": ("Organisation internationale du Travail (OIT)",),
    "acad-grenoble": (
        "Centre d'études sur la sécurité internationale, Université Grenoble Alpes",
        "Centre d'études sur la sécurité internationale (Université Grenoble Alpes)",
    ),
    "ngo-fr-onedrive": (
        "Association malienne et guinéenne des droits de l'homme (AMDH)",
        "Association malienne et guinéenne des droits de l'homme (AMDH Guinée)",
        "AMDH Guinée",
    ),
    "look-amra-detention": ("Americas Migration Rights Alliance (AMRA)",),
    "state-cuba-confidential": ("Cuba", "Republic of Cuba"),
    "nhri-south-africa": ("South African Human Rights Commission (SAHRC)",),
    "fwd2-own-address-forward": (
        "Human Rights Defenders Network Uganda (HRDN)",
        "Human Rights Defenders Network Uganda (HRDN Uganda)",
    ),
    "nhri-mexico-cndh": (
        "Comisión Nacional de los Derechos Humanos (CNDH)",
        "Comisión Nacional de los Derechos Humanos (CNDH México)",
    ),
    "state-qatar-body-nv": ("Qatar", "State of Qatar"),
    "state-bolivia-gmail": ("Bolivia (Plurinational State of)", "Plurinational State of Bolivia"),
    "rev9-frm-original": ("Forum Réfugiés Méditerranée (FRM)",),
    "ngo-en-logo-inline": ("Central Border Monitor (CBM)",),
    "state-philippines-en": ("Philippines", "Republic of the Philippines"),
    "state-venezuela-es": (
        "Venezuela (Bolivarian Republic of)",
        "Bolivarian Republic of Venezuela",
    ),
    "state-mali-fr": ("Mali", "Republic of Mali"),
    "rev8-iom-original": ("International Organization for Migration (IOM)",),
    "state-egypt-en": ("Egypt", "Arab Republic of Egypt"),
    "ngo-en-annex-confidential": ("Witness Protection & Migration Project (WPMP)",),
    "acad-montreal-fr": (
        "Chaire de recherche sur les migrations, Université de Montréal",
        "Chaire de recherche sur les migrations de l'Université de Montréal",
    ),
    "io-osce-odihr": (
        "OSCE Office for Democratic Institutions and Human Rights (ODIHR)",
        "OSCE Office for Democratic Institutions and Human Rights (OSCE/ODIHR)",
    ),
    "rev1-cpsm-revised": ("Coalition on Private Security and Migration (CPSM)", "CPSM"),
    "rev3-cncdh-remplace": (
        "Commission nationale consultative des droits de l'homme (CNCDH)",
        "CNCDH",
    ),
    "rev8-iom-updated": ("International Organization for Migration (IOM)", "IOM"),
    "rev9-frm-corrigee": ("Forum Réfugiés Méditerranée (FRM)",),
    "look-amra-maritime": ("Americas Migration Rights Alliance (AMRA)",),
    "rev4-stanford-updated": (
        "Stanford Center for Human Rights and International Justice",
        "Stanford Human Rights Center",
    ),
    "deadline-en-sender-clock": ("Afghan Migrants Support Network (AMSN)",),
    "ngo-es-contratos-confidenciales-consent": (
        "Centro de Estudios sobre Seguridad Privada y Derechos (CESSD)",
    ),
    "coalition-en-zip-in-zips-consent": ("Central Mediterranean Accountability Network (CMAN)",),
    "nhri-honduras-oficio-scan": ("Comisionado Nacional de los Derechos Humanos (CONADEH)",),
    "acad-es-salamanca-consent": (
        "Grupo de Investigación en Derecho Internacional y Migraciones, Universidad de Salamanca",
        "Grupo de Investigación en Derecho Internacional y Migraciones de la Universidad"
        " de Salamanca",
    ),
    "state-mozambique-nota-verbal-pt": ("Mozambique", "Republic of Mozambique"),
    "nhri-uganda-pdf-combo-select": ("Uganda Human Rights Commission (UHRC)",),
    "ngo-es-pdf-combo-seleccione": ("Centro de Atención al Migrante de Tapachula (CAMT)",),
    "state-chad-nv-consent": ("Chad", "Republic of Chad"),
    "ngo-es-encrypted-silent": ("Asociación Canaria de Apoyo al Migrante (ACAM)",),
    "acad-es-consent-consulten-pdf": (
        "Instituto de Investigaciones Sociales, Universidad de Costa Rica",
        "Instituto de Investigaciones Sociales, Universidad de Costa Rica (UCR)",
        "Instituto de Investigaciones Sociales (UCR)",
    ),
    "acad-es-consent-pdf-field-empty": (
        "Observatorio de Migración y Fronteras, Universidad Autónoma de Baja California",
        "Observatorio de Migración y Fronteras, Universidad Autónoma de Baja California (UABC)",
        "Observatorio de Migración y Fronteras (UABC)",
    ),
    "state-ghana-consent-ministry-to-confirm": ("Ghana", "Republic of Ghana"),
    "nhri-cameroon-encrypted-consent": (
        "Commission des droits de l'homme du Cameroun (CDHC)",
        "Commission des droits de l'homme du Cameroun (CDHC Cameroun)",
    ),
    "ngo-fr-pdf-radio-off-silent": ("Association d'aide aux migrants de Nouadhibou (AAMN)",),
    "acad-en-pdf-consent-field-empty": (
        "Migration Governance Lab, Central European University",
        "Migration Governance Lab, CEU",
    ),
    "nhri-mauritania-opportunite": (
        "Commission nationale des droits de l'Homme de Mauritanie (CNDH)",
        "Commission nationale des droits de l'Homme de Mauritanie (CNDH Mauritanie)",
    ),
    "acad-en-zip-five-deep": (
        "African Centre for Migration & Society, University of the Witwatersrand (ACMS)",
        "African Centre for Migration & Society (ACMS), University of the Witwatersrand",
    ),
    "acad-en-encrypted-consent": (
        "Centre for Human Rights, University of Pretoria",
        "Centre for Human Rights at the University of Pretoria",
    ),
    "state-gabon-nv-scan": ("Gabon", "Gabonese Republic"),
}
