"""Who sent it, read from what a message says: one case per row."""

from __future__ import annotations

import pytest

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
