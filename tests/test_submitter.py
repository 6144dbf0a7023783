"""Who sent it, read from what a message says: one case per row."""

from __future__ import annotations

import pytest

from wgsubmit.detect.acronyms import expand, with_acronym
from wgsubmit.detect.signed import signature
from wgsubmit.detect.submitter import Sender, suggest
from wgsubmit.directory import find_country, states

NOTE_EN = (
    "The Permanent Mission of the Republic of Korea to the United Nations Office at Geneva "
    "presents its compliments to the Office of the United Nations High Commissioner for "
    "Human Rights and has the honour to transmit its contribution."
)
NOTE_FR = (
    "La Mission permanente du Sénégal auprès de l'Office des Nations Unies à Genève présente "
    "ses compliments au Haut-Commissariat aux droits de l'homme."
)
NOTE_ES = (
    "La Misión Permanente del Estado Plurinacional de Bolivia ante la Oficina de las Naciones "
    "Unidas en Ginebra saluda atentamente a la Oficina del Alto Comisionado."
)

CASES = [
    # (display name, address, subject, body, letterhead) -> (type, name, country)
    (("Mission", "mission@mofa.go.kr", "Note verbale", "Please find attached.", NOTE_EN),
     ("member_state", "Republic of Korea", "KOR")),
    (("", "senegal.geneve@gmail.com", "Note verbale", "Ci-joint.", NOTE_FR),
     ("member_state", "Senegal", "SEN")),
    (("Mision Bolivia", "misionbolivia@gmail.com", "Nota verbal", "Adjunto.", NOTE_ES),
     ("member_state", "Bolivia (Plurinational State of)", "BOL")),
    (("Permanent Observer Mission of the Holy See", "mission@holysee.example", "Input",
      "Please find attached the contribution of the Holy See.", ""),
     ("observer_state", "Holy See", "VAT")),
    (("Mission permanente d'Haïti", "mission.haiti@gmail.com", "Note verbale",
      "La Mission permanente d'Haïti présente ses compliments.", ""),
     ("member_state", "Haiti", "HTI")),
    (("KNCHR", "haki@knchr.org", "KNCHR submission", "Attached is the submission of the "
      "Kenya National Commission on Human Rights (KNCHR).", ""),
     ("nhri", "Kenya National Commission on Human Rights (KNCHR)", "KEN")),
    (("Defensoría del Pueblo de Colombia", "asuntos@defensoria.gov.co", "Aporte",
      "Adjuntamos el aporte.", ""),
     ("nhri", "Defensoría del Pueblo de Colombia", "COL")),
    (("IOM Migration Law", "iml@iom.int", "IOM input", "Please find IOM's input.", ""),
     ("international_org", "International Organization for Migration (IOM)", None)),
    (("Rachel Kim", "rkim@law.stanford.edu", "Submission",
      "Please find attached the submission of the Stanford Center for Human Rights and "
      "International Justice.\n\nBest,\nRachel Kim", ""),
     ("academic", "Stanford Center for Human Rights and International Justice", None)),
    (("Olivia Grant", "ogrant@northgaterisk.co.uk", "Northgate Risk Advisory – submission",
      "Please find our input.\n\nRegards,\nOlivia Grant\nNorthgate Risk Advisory LLP", ""),
     ("private_sector", "Northgate Risk Advisory LLP", None)),
    (("Peter Osei", "peter.osei@africanborderslab.org", "Our submission",
      "Our submission is attached.\n\nPeter Osei\nAfrican Borders Lab, Accra", ""),
     ("civil_society", "African Borders Lab", None)),
    (("Lucía Paredes", "lucia.paredes.v@gmail.com", "mi aporte",
      "Les escribo a título personal. Adjunto mi aporte.\n\nLucía Paredes", ""),
     ("individual", "Lucía Paredes", None)),
    (("Refugee Legal Support Centre", "advocacy@rlsc.org.uk", "Joint submission",
      "Please find attached a joint submission led by the Refugee Legal Support Centre and "
      "co-signed by four partner organisations.", ""),
     ("civil_society", "Refugee Legal Support Centre and 4 others", None)),
    # A note verbale from a free-mail address whose last lines name the High Commissioner
    # across a line end: the State's, not an NHRI's.
    (("Consular Section", "consular.gva@gmail.com", "Input",
      "The Permanent Mission of the Republic of Zambia to the United Nations Office at "
      "Geneva presents its compliments to the Office of the United Nations High\n"
      "Commissioner for Human Rights and has the honour to forward its input.", ""),
     ("member_state", "Zambia", "ZMB")),
    # A legal form's point is the name's, not a full stop.
    (("Tom Reyes", "treyes@lumencart.example.com", "Input", "Please find attached the input "
      "of Lumencart Analytics Inc. on retail data.\n\nTom Reyes\nLumencart Analytics Inc.", ""),
     ("private_sector", "Lumencart Analytics Inc.", None)),
    # A joint submission whose sentence lists its co-signatories after the lead.
    (("Colectivo Tierra Viva", "contacto@tierraviva.example.org", "Informe conjunto",
      "Remitimos el informe conjunto presentado por el Colectivo Tierra Viva, la Fundación "
      "Río Claro y la Red de Defensoras del Valle.\n\nAtentamente,\nColectivo Tierra Viva", ""),
     ("civil_society", "Colectivo Tierra Viva and 2 others", None)),
    (("Aminata Diallo", "adiallo@droitsdusahel.example.org", "Contribution conjointe",
      "Veuillez trouver la contribution conjointe de Justice et Paix Sahel, de l'Association "
      "des femmes de Mopti et du Réseau des paralégaux du Niger.\n\nAminata Diallo\n"
      "Justice et Paix Sahel", ""),
     ("civil_society", "Justice et Paix Sahel and 2 others", None)),
    # A display name that abbreviates words of the full name ("… DW"): the full one.
    (("Gulf Forum MW", "info@gulfforummw.example.org", "Input",
      "This input is submitted by the Gulf Forum for Migrant Workers.\n\nGulf Forum for "
      "Migrant Workers", ""),
     ("civil_society", "Gulf Forum for Migrant Workers", None)),
    # A law firm writing for its client: the client is the submitter.
    (("Bufete Mora & Asociados", "bufete@moraasociados.example.com", "Aporte",
      "En representación de la Asociación de Pescadores del Golfo (APG), remitimos su "
      "aporte.\n\nBufete Mora & Asociados\nAbogados", ""),
     ("civil_society", "Asociación de Pescadores del Golfo (APG)", None)),
    # … and a law firm writing for itself is a company.
    (("Cabinet Sarr", "contact@cabinetsarr.example.sn", "Contribution",
      "Le Cabinet Sarr & Associés, avocats à Thiès, vous adresse sa contribution.\n\n"
      "Cabinet Sarr & Associés", ""),
     ("private_sector", "Cabinet Sarr & Associés", None)),
    # Free mail, the organization only on the document's letterhead: the organization,
    # though the sender writes "I send" or "Sent from my phone".
    (("Marta Ruiz", "martaruiz.77@hotmail.com", "Documento", "Buenas tardes, envío el "
      "documento.\n\nMarta Ruiz", "Colectivo de Costureras de Puebla\nAporte sobre el "
      "trabajo a domicilio"), ("civil_society", "Colectivo de Costureras de Puebla", None)),
    (("Mobile User", "mobile.user88@outlook.com", "fwd", "Sent from my iPhone",
      "Lakeside Tenants Association\nSubmission on evictions"),
     ("civil_society", "Lakeside Tenants Association", None)),
    # A company by its own words ("We are a … agency"); "Our company, X"; "CEO" a post.
    (("Gulf Placement", "info@gulfplacement.example.com", "Input", "Dear WG,\n\nWe are a "
      "recruitment agency placing workers abroad. Our input is attached.\n\nGulf Placement "
      "Agency", ""), ("private_sector", "Gulf Placement Agency", None)),
    (("Maria Rossi", "m.rossi@tessil.example.it", "Input", "Dear WG,\n\nOur company, Lanificio "
      "Verde S.r.l., submits this input.\n\nMaria Rossi\nCEO", ""),
     ("private_sector", "Lanificio Verde S.r.l.", None)),
    # "a business and human rights organisation" is no company.
    (("Rights Lens", "info@rightslens.example.org", "Input", "We are a business and human "
      "rights organisation. Our input is attached.\n\nRights Lens Collective", ""),
     ("civil_society", "Rights Lens Collective", None)),
    (("Dirección Municipal", "migrantes@tijuana.gob.mx", "Aporte del Ayuntamiento de Tijuana",
      "Adjuntamos el aporte del Ayuntamiento de Tijuana.", ""),
     ("other", "Ayuntamiento de Tijuana", None)),
]  # fmt: skip


@pytest.mark.parametrize(("given", "expected"), CASES, ids=lambda c: str(c[0])[:30])
def test_suggestion(given: tuple[str, ...], expected: tuple[str, str, str | None]) -> None:
    found = suggest(Sender(*given))
    assert (found.type, found.name, found.country) == expected
    assert found.reasons and 0 < found.confidence <= 1


def test_a_country_in_an_ngos_text_does_not_make_it_a_state() -> None:
    found = suggest(
        Sender(
            "Gulf Migrant Support Network",
            "info@gulfmigrantsupport.org",
            "Input on Qatar and Kuwait",
            "Our report covers detention in Qatar and Kuwait.\n\nGulf Migrant Support Network",
            "",
        )
    )
    assert found.type == "civil_society" and found.country is None


def test_states_list_is_complete_and_names_resolve() -> None:
    table = states()
    assert sum(not s.observer for s in table.values()) == 193
    assert {s.iso3 for s in table.values() if s.observer} == {"VAT", "PSE"}
    assert table["TUR"].name == "Türkiye"
    # English, French and Spanish names and common short forms.
    for text, code in [
        ("Mexique", "MEX"),
        ("Estados Unidos", "USA"),
        ("Côte d'Ivoire", "CIV"),
        ("Ivory Coast", "CIV"),
        ("Royaume-Uni", "GBR"),
        ("Pays-Bas", "NLD"),
        ("Turkey", "TUR"),
    ]:
        assert find_country(text) == code, text
    assert find_country("contact us") is None


NGO_NAMING_A_STATE = [
    # An NGO that "has the honour" and writes about a mission: still an NGO.
    Sender("Frontline Migrants Network", "info@frontlinemigrants.org", "Submission",
           "The Frontline Migrants Network has the honour to submit its contribution. We "
           "note that the Permanent Mission of Mexico told the Council that the Government "
           "of Mexico had ended the contracts.\n\nFrontline Migrants Network", ""),
    # "Mission" in an organization's name, and a country beside it.
    Sender("Asia Pacific Mission for Migrants", "apmm@apmm.org", "APMM input",
           "Please find attached the input of the Asia Pacific Mission for Migrants (APMM) "
           "on the Philippines.\n\nAsia Pacific Mission for Migrants", ""),
    # A State body's word followed by a word of its own: an NGO's name, not an embassy.
    Sender("Embajada Ciudadana", "hola@embajadaciudadana.example.org", "Aporte",
           "La Embajada Ciudadana de Honduras, colectivo de la sociedad civil, envía su "
           "aporte.\n\nEmbajada Ciudadana de Honduras\nTegucigalpa", ""),
    # A government named in the letterhead's title, not speaking.
    Sender("Greek Refugee Council", "office@grc.gr", "Input",
           "Our input is attached.\n\nGreek Refugee Council",
           "Pushbacks and the Government of Greece\n\nGreek Refugee Council, Athens"),
]  # fmt: skip


@pytest.mark.parametrize("sender", NGO_NAMING_A_STATE, ids=lambda s: s.display_name)
def test_an_organization_naming_a_state_is_not_that_state(sender: Sender) -> None:
    found = suggest(sender)
    assert found.type not in ("member_state", "observer_state")
    assert (found.country is None and found.name == sender.display_name) or found.name


TYPES = [
    # (display name, address, signature or body) -> (type, name)
    (("Jane Okafor", "jane@gudw.org", "Best regards,\nJane Okafor\nGeneral Union of "
      "Domestic Workers"), ("other", "General Union of Domestic Workers")),
    (("Sindicato de Trabajadores Migrantes", "info@stm.org.ar", "Saludos,\nSindicato de "
      "Trabajadores Migrantes"), ("other", "Sindicato de Trabajadores Migrantes")),
    (("Sr. Anne Kelly", "anne@sistersofmercy.org", "Kind regards,\nSr. Anne Kelly\n"
      "Congregation of the Sisters of Mercy"), ("other", "Congregation of the Sisters of Mercy")),
    (("Hon. Maria Santos", "msantos@example.org", "Regards,\nHon. Maria Santos\nMember of "
      "Parliament"), ("other", None)),
    (("Law Students for Human Rights", "lshr@westmoor.ac.uk", "Best,\nLaw Students for "
      "Human Rights Society, University of Westmoor"),
     ("other", "Law Students for Human Rights Society, University of Westmoor")),
    (("ICMPD", "office@icmpd.org", "Best regards,\nInternational Centre for Migration "
      "Policy Development (ICMPD)"),
     ("international_org", "International Centre for Migration Policy Development (ICMPD)")),
    (("OIF", "oif@francophonie.org", "Cordialement,\nOrganisation internationale de la "
      "Francophonie"),
     ("international_org", "Organisation internationale de la Francophonie (OIF)")),
    (("IAPSP", "info@iapsp.org", "Regards,\nInternational Association of Private Security "
      "Providers"),
     ("private_sector", "International Association of Private Security Providers (IAPSP)")),
    (("Cámara de Empresas de Seguridad", "info@ces.org.mx", "Atentamente,\nCámara Nacional "
      "de Empresas de Seguridad Privada"),
     ("private_sector", "Cámara Nacional de Empresas de Seguridad Privada")),
    (("Observatorio de Empresas y Derechos Humanos", "info@oedh.org", "Saludos,\n"
      "Observatorio de Empresas y Derechos Humanos"),
     ("civil_society", "Observatorio de Empresas y Derechos Humanos")),
]  # fmt: skip


@pytest.mark.parametrize(("given", "expected"), TYPES, ids=lambda c: str(c[0])[:30])
def test_type_from_the_organizations_words(
    given: tuple[str, str, str], expected: tuple[str, str | None]
) -> None:
    display, address, signed = given
    found = suggest(
        Sender(display, address, "Submission", f"Please find our input.\n\n{signed}", "")
    )
    assert found.type == expected[0]
    if expected[1]:
        assert found.name == expected[1]


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        # Listed: its domain settles it.
        (("Secretariat", "secretariat@hrcsl.lk", "Please find our submission attached."),
         ("nhri", "Human Rights Commission of Sri Lanka", "LKA")),
        # Not listed: its name's words, and the country from its country-code domain.
        (("Human Rights Commission", "info@hrcm.org.mv",
          "Please find attached our input.\n\nRegards,\nHuman Rights Commission"),
         ("nhri", "Human Rights Commission", "MDV")),
        (("CNIDH", "cnidh@cnidh.bi", "Veuillez trouver ci-joint la contribution de la "
          "Commission nationale indépendante des droits de l'homme du Burundi."),
         ("nhri", "Commission nationale indépendante des droits de l'homme du Burundi (CNIDH)",
          "BDI")),
        # A State's note that names its ombudsman is the State's.
        (("Missão Permanente de Moçambique", "mission@gmail.com",
          "A Missão Permanente da República de Moçambique apresenta os seus cumprimentos. O "
          "Provedor de Justiça contribuiu."), ("member_state", "Mozambique", "MOZ")),
    ],
)  # fmt: skip
def test_nhris_by_list_by_name_and_by_country_code(
    given: tuple[str, str, str], expected: tuple[str, str, str]
) -> None:
    found = suggest(Sender(given[0], given[1], "Contribution", given[2], ""))
    assert (found.type, found.name, found.country) == expected


def test_every_listed_organization_names_its_source() -> None:
    import tomllib
    from importlib import resources

    text = resources.files("wgsubmit.data").joinpath("organizations.toml").read_text("utf-8")
    data = tomllib.loads(text)
    entries = [entry for group in data.values() for entry in group]
    assert len(data["nhri"]) >= 70 and len(data["international"]) >= 55
    assert [e["name"] for e in entries if not e.get("source")] == []
    for entry in data["nhri"]:
        assert entry["country"] in states(), entry["name"]
    for entry in entries:
        for domain in entry.get("domains", ()):
            assert domain == domain.lower() and "/" not in domain and "." in domain, domain


# ── Where a name sits and ends, each on names of its own ──


def _said(
    display: str, address: str, body: str, letterhead: str = "", subject: str = "Aporte"
) -> tuple[str, str | None]:
    found = suggest(Sender(display, address, subject, body, letterhead))
    return found.type, found.name


def test_a_solidarity_sign_off_opens_the_signature() -> None:
    """ "Fraternalmente," signs off: the team's post and the collective's name follow."""
    body = (
        "Estimadas:\n\nCompartimos nuestro informe.\n\nFraternalmente,\nSecretaría\n"
        "Colectivo Luna Nueva por la Memoria"
    )
    assert signature(body) == "Secretaría\nColectivo Luna Nueva por la Memoria"
    assert _said("Secretaría", "secretaria@lunanueva.example.org", body) == (
        "civil_society",
        "Colectivo Luna Nueva por la Memoria",
    )


def test_a_greeting_that_reads_like_a_sign_off_does_not_open_the_signature() -> None:
    """ "Buen día," opening the mail: the lines under it are the body, not a signature."""
    found = _said(
        "Rocío Tzul",
        "rtzul@redsemilla.example.org",
        "Buen día,\n\nLa Red Semilla de Acompañamiento Comunitario comparte su aporte sobre "
        "la\nsalud de las familias que buscan a sus desaparecidos.\n\nRocío Tzul\n"
        "Acompañante\nRed Semilla – Cobán",
    )
    assert found == ("civil_society", "Red Semilla de Acompañamiento Comunitario")


def test_a_board_signing_is_a_post_and_a_full_name_with_its_article_is_kept() -> None:
    assert _said(
        "Board",
        "post@nordic-harbour.example.no",
        "Dear Sir/Madam,\n\nThe Nordic Harbour Alliance in Bergen submits the attached input."
        "\n\nBest regards,\nThe Board\nThe Nordic Harbour Alliance in Bergen (NHA Bergen)\n"
        "Bergen",
    ) == ("civil_society", "The Nordic Harbour Alliance in Bergen (NHA Bergen)")


def test_a_sentence_name_ends_where_the_signature_line_writes_it_alone() -> None:
    """The sentence runs on past the name ("… on the Government of …", "les
    compartimos"); the signature's line says where it ends."""
    assert _said(
        "Policy Team",
        "policy@harbourlight.example.org",
        "Dear Working Group,\n\nPlease find attached the submission of the Harbour Light "
        "Refugee Network on the Government of Ruritania's detention policy.\n\nKind "
        "regards,\nPolicy Team\nHarbour Light Refugee Network\n12 Quay Street, Port Alma",
    ) == ("civil_society", "Harbour Light Refugee Network")
    assert _said(
        "Oficina Raíz Viva",
        "oficina@raizviva.example.org",
        "Buenos días,\n\nEn nombre de la Asociación Raíz Viva les compartimos nuestros "
        "insumos sobre niñez migrante.\n\nSaludos,\nOficina\nAsociación Raíz Viva\nCobán",
    ) == ("civil_society", "Asociación Raíz Viva")


def test_a_word_and_what_it_is_after_a_dash_is_the_full_name() -> None:
    assert _said(
        "Alvéa",
        "info@alvea.example.cat",
        "Estimados/as,\n\nAdjuntamos la aportación de Alvéa sobre las fronteras.\n\nUn saludo,"
        "\nAlvéa-Centro para la Defensa de las Personas Migrantes\nAlvéa – Center for the "
        "defense of Migrants\nGirona",
    ) == ("civil_society", "Alvéa-Centro para la Defensa de las Personas Migrantes")


def test_a_team_name_under_equipo_de_is_a_name_not_a_post() -> None:
    assert _said(
        "Luis Coc",
        "lcoc@ecas.example.org.gt",
        "Buen día,\n\nEl Equipo de Estudios Campesinos y Acción Solidaria comparte su aporte "
        "sobre la\nsalud de las familias migrantes.\n\nLuis Coc\nPromotor\nECAS – Cobán",
    ) == ("civil_society", "Equipo de Estudios Campesinos y Acción Solidaria (ECAS)")


def test_a_legal_form_makes_a_letterhead_line_a_name_as_written() -> None:
    """ "… A.C" heads the document: a name, however its words are written, and without a
    point the letterhead does not write."""
    assert _said(
        "Marta Ruiz",
        "martaruiz.gro@gmail.com",
        "Estimados,\n\nLes envío la información de nuestro colectivo.\n\nAtentamente,\n"
        "Marta Ruiz\nPresidenta",
        "Madres de Zihuatanejo en busca de sus hijos A.C\nZihuatanejo, Guerrero\n"
        "Información para el Grupo de Trabajo",
    ) == ("civil_society", "Madres de Zihuatanejo en busca de sus hijos A.C")


def test_what_a_collective_is_under_its_letterhead_name_is_no_name() -> None:
    assert _said(
        "Julia P.",
        "julia.paz.mx@gmail.com",
        "Hola,\n\nAdjunto el documento de nuestra colectiva. Quedo atenta.\n\nJulia Paz",
        "Justicia Ahora\nColectiva feminista\nInsumos para el Grupo de Trabajo",
    ) == ("civil_society", "Justicia Ahora")


def test_a_person_with_initials_and_a_long_spanish_name_is_a_person() -> None:
    assert _said(
        "Ana María de los Remedios Quispe",
        "remediosquispe@hotmail.com",
        "Buenas tardes,\n\nSoy madre de un joven migrante. Les escribo para compartir mi "
        "testimonio.\n\nAna María de los Remedios Quispe",
    ) == ("individual", "Ana María de los Remedios Quispe")


def test_a_members_capacity_opens_no_name() -> None:
    assert _said(
        "Hélène Marchal",
        "helene.marchal@depute.example.fr",
        "Madame, Monsieur,\n\nEn ma qualité de députée, je vous adresse une contribution.\n\n"
        "Hélène Marchal\nDéputée",
    ) == ("other", "Hélène Marchal")


def test_companies_by_their_legal_form_and_employers_unions_by_their_word() -> None:
    assert (
        _said(
            "Direction RSE",
            "rse@cimenterie-valbonne.example.com",
            "Madame, Monsieur,\n\nLa Cimenterie de Valbonne SA vous adresse sa contribution.\n\n"
            "Veuillez agréer nos salutations distinguées.\n\nDirection RSE\n"
            "Cimenterie de Valbonne SA\nCapital social 2 000 000 EUR",
        )[0]
        == "private_sector"
    )
    assert _said(
        "UPV Secrétariat",
        "secretariat@upv.example.org",
        "Madame, Monsieur,\n\nL'Union patronale de la Vallée (UPV) vous adresse sa "
        "contribution.\n\nLe Secrétariat général\nUPV",
    ) == ("private_sector", "Union patronale de la Vallée (UPV)")


def test_a_foreign_service_signing_for_its_kingdom_is_the_state() -> None:
    assert _said(
        "SPF Affaires étrangères",
        "droitsdelhomme@hrdesk.fed.be",
        "Madame, Monsieur,\n\nVeuillez trouver la réponse au questionnaire.\n\n"
        "Direction des droits de l'homme\nSPF Affaires étrangères – Royaume de Belgique",
    ) == ("member_state", "Belgium")


def test_an_office_of_a_listed_body_writing_from_its_own_domain_is_the_office() -> None:
    assert _said(
        "Ewa Nowak",
        "ewa.nowak@odihr.pl",
        "Madame, Monsieur,\n\nVeuillez trouver ci-joint notre contribution.\n\nEwa Nowak\n"
        "Conseillère\nOSCE, Varsovie",
        subject="Contribution de l'OSCE",
    ) == ("international_org", "OSCE Office for Democratic Institutions and Human Rights")


def test_an_acronym_spelled_in_brackets_after_it_or_in_two_parts() -> None:
    assert _said(
        "Segreteria AGMI",
        "segreteria@agmi.example.it",
        "Dear Working Group,\n\nPlease find attached the submission of AGMI (Associazione "
        "Giuristi per le Migrazioni – Association of Jurists for Migration).\n\nKind regards,"
        "\nSegreteria AGMI\nVia Roma 1, Torino",
    )[1] in (
        "Associazione Giuristi per le Migrazioni",
        "Associazione Giuristi per le Migrazioni (AGMI)",
    )
    assert _said(
        "RFM-CA",
        "coordinacion@rfmca.example.org",
        "Estimadas:\n\nDesde la Red Franciscana de Movilidad – Centro América les hacemos "
        "llegar nuestra contribución.\n\nCoordinación regional\nRFM-CA",
    ) == ("civil_society", "Red Franciscana de Movilidad – Centro América (RFM-CA)")


def test_the_fuller_name_written_before_the_acronym_is_published_with_it() -> None:
    """The signature's short form, the body's full name with its acronym: the full one."""
    text = (
        "Please find the contribution of the National Council for the Protection and "
        "Promotion of\nHuman Rights (NCHR) on returns.\n\nIrene Vos\n"
        "National Council for Human Rights"
    )
    assert with_acronym("National Council for Human Rights", text) == (
        "National Council for the Protection and Promotion of Human Rights (NCHR)"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Le bureau de l'Union des juristes de l'Océan Indien (UJOI) vous adresse sa note.",
        "La note de l'Union des juristes de l'Océan Indien (UJOI) est jointe.",
    ],
)
def test_an_article_elided_inside_a_name_stays_and_the_one_before_it_goes(sentence: str) -> None:
    text = f"Madame, Monsieur,\n\n{sentence}\n\nSecrétariat\nUJOI"
    assert expand("UJOI", text) == "Union des juristes de l'Océan Indien"


@pytest.mark.parametrize(
    "sign_off", ["Avec nos remerciements,", "Con nuestro agradecimiento,", "Thanking you,"]
)
def test_thanks_as_the_closing_open_the_signature_and_are_no_name(sign_off: str) -> None:
    body = f"Bonjour,\n\nNotre note suit.\n\n{sign_off}\nLise Arnaud\nCollectif Rive Sud"
    assert signature(body) == "Lise Arnaud\nCollectif Rive Sud"
    found = suggest(Sender("", "rivesud@gmail.com", "Contribution", body, ""))
    assert found.name == "Collectif Rive Sud"


def test_a_name_said_on_behalf_of_is_published_without_those_words() -> None:
    body = (
        "Bonjour,\n\nAu nom de l'association Terres d'Accueil, je vous adresse notre "
        "contribution.\n\nBien cordialement,\nPaul Rey"
    )
    found = suggest(
        Sender("Paul Rey", "p.rey@terresdaccueil.example.org", "Contribution", body, "")
    )
    assert found.name == "Terres d'Accueil"


@pytest.mark.parametrize(
    "opening",
    [
        "Le droit de l'Union européenne confie aux transporteurs des contrôles.",
        "Private guards at the external borders of the European Union.",
    ],
)
def test_a_listed_body_the_document_is_about_is_not_its_sender(opening: str) -> None:
    found = suggest(
        Sender(
            "Inès Caron",
            "ines.caron@univ-rivehaute.example.fr",
            "Contribution",
            "Madame, Monsieur,\n\nVeuillez trouver notre note.\n\nInès Caron\n"
            "Institut d'études frontalières, Université de Rivehaute",
            f"INSTITUT D'ÉTUDES FRONTALIÈRES\n\n{opening}",
        )
    )
    assert found.type == "academic"


@pytest.mark.parametrize("sign_off", ["Saludos fraternos,", "All the best,", "Amitiés,"])
def test_warm_sign_offs_open_the_signature(sign_off: str) -> None:
    body = f"Dear all,\n\nOur note is attached.\n\n{sign_off}\nLena Brook\nTidewater Rights Forum"
    assert signature(body) == "Lena Brook\nTidewater Rights Forum"


@pytest.mark.parametrize(
    "name",
    [
        "Concejo Municipal de Villa Serena",
        "Gremio de Estudiantes de Derecho de Puerto Alma",
        "Confederación General de Trabajadores del Puerto",
    ],
)
def test_town_offices_students_and_workers_bodies_are_other(name: str) -> None:
    found = _said(
        "Secretaría",
        "secretaria@villaserena.example.org",
        f"Estimados:\n\nAdjuntamos nuestro aporte.\n\nAtentamente,\nSecretaría\n{name}",
    )
    assert found == ("other", name)


def test_an_acronym_only_in_a_mailboxs_display_name_is_not_published() -> None:
    assert _said(
        "TRF Communications",
        "comms@tidewater.example.org",
        "Dear colleagues,\n\nAttached please find our short submission.\n\nKind regards,\n\n"
        "Communications\nTidewater Rights Forum | Geneva",
    ) == ("civil_society", "Tidewater Rights Forum")


def test_an_acronym_of_syllables_joins_the_title_pages_name() -> None:
    """ "CORDEMIS" signs, the title page names "Consejo … Migraciones del Sur": one body."""
    assert _said(
        "Comunicaciones CORDEMIS",
        "comunicaciones@cordemis.example.org",
        "Cordial saludo,\n\nRemitimos el aporte de CORDEMIS a la convocatoria.\n\n"
        "Comunicaciones CORDEMIS\nSanta Elena",
        "Consejo para los Derechos de las Migraciones del Sur\nAporte al Grupo de Trabajo",
    ) == ("civil_society", "Consejo para los Derechos de las Migraciones del Sur (CORDEMIS)")
