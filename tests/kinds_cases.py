"""The tuning table for the kind of a message: short realistic messages, each with what an
officer would decide. About half are genuine submissions chosen to look like the others
(testimonies, detention cases, thanks, newsletter footers, invitations to the Working Group).

``expect`` is the kind, or ``personal_case`` for a ``not_submission`` flagged so. ``file`` is
an attached document (its name and its text), built as a real PDF or DOCX by the test.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

PERSONAL = "personal_case"
SUBMISSION = "submission"
NOT = "not_submission"


@dataclass(frozen=True)
class Case:
    subject: str
    sender: str
    body: str
    expect: str
    file: tuple[str, str] | None = None
    headers: tuple[tuple[str, str], ...] = ()
    html: bool = False  # the body is sent as HTML only


def case(name: str, *args: object, **kwargs: object) -> object:
    return pytest.param(Case(*args, **kwargs), id=name)  # type: ignore[arg-type]


REPORT = (
    "Private military and security companies in immigration and border management\n"
    "1. Introduction\nThis submission describes the role of private security contractors in "
    "the running of immigration detention centres and in the escort of deportation flights. "
    "It is based on interviews with 42 former detainees and 6 former guards conducted "
    "between 2018 and 2019.\n2. Findings\nDetainees reported the use of force during "
    "removals, the lack of access to lawyers and the absence of any complaint mechanism.\n"
    "3. Recommendations\nStates should regulate, license and monitor such companies."
)
LIST_HEADERS = (
    ("List-Id", "News <news.lists.example.net>"),
    ("List-Unsubscribe", "<https://lists.example.net/unsubscribe?u=8f2a>"),
)

TUNING = [
    # --- An individual writes about their own (or a relative's) case, for help -------------
    case(
        "en-brother-detained-case-number",
        "Please help - my brother detained",
        "Ahmed Karimi <ahmed.karimi1987@gmail.example>",
        "Dear Sir or Madam,\n\nMy name is Ahmed Karimi. My brother Yusuf was detained by "
        "the guards of a private security company at the reception centre in Kos on 3 "
        "February and we have heard nothing from him since. His case number is GR-2020-4471."
        "\n\nPlease help us. I am asking the Working Group to intervene urgently.\n\nAhmed",
        PERSONAL,
    ),
    case(
        "en-held-without-lawyer",
        "URGENT",
        "j.okafor.detained@yahoo.example",
        "Hello, I am writing to you because I am being held in the immigration removal centre "
        "near Harmondsworth for five months now without a lawyer. The guards from the company "
        "beat me last week and nobody listens to me. Please help me, I have no one else to "
        "ask. My Home Office reference is K1234567.\nJohn Okafor",
        PERSONAL,
    ),
    case(
        "fr-mari-arrete-dossier",
        "Demande d'aide urgente",
        "Fatou Ndiaye <fatou.ndiaye@orange.example>",
        "Madame, Monsieur,\n\nMon mari a été arrêté à la frontière de Ceuta le 12 janvier et "
        "il est détenu depuis au centre de rétention. Nous n'avons aucune nouvelle et aucun "
        "avocat ne veut s'occuper de son dossier. Je vous supplie de nous aider.\n\n"
        "Numéro de dossier : 19/00342\n\nFatou Ndiaye",
        PERSONAL,
    ),
    case(
        "es-hijo-detenido-expediente",
        "Ayuda por favor",
        "María López <marialopez.tapachula@hotmail.example>",
        "Buenas tardes, mi hijo Juan fue detenido por guardias de seguridad privada en la "
        "estación migratoria de Tapachula y no sabemos nada de él desde hace tres semanas. "
        "Les pido por favor que intervengan en su caso, tengo mucho miedo por él. "
        "Su número de expediente es 2020-118.\n\nMaría López",
        PERSONAL,
    ),
    case(
        "pt-irmao-preso",
        "Pedido de ajuda",
        "Carlos Souza <carlos.souza77@gmail.example>",
        "Bom dia, o meu irmão foi preso na fronteira de Roraima e está detido há dois meses "
        "sem advogado. A família não consegue falar com ele. Peço a vossa ajuda urgente, "
        "por favor intervenham no caso dele.\n\nCarlos Souza",
        PERSONAL,
    ),
    case(
        "en-deportation-order-attached",
        "please stop the deportation of my husband",
        "Leila Haddad <leila.haddad@outlook.example>",
        "Dear Working Group,\n\nPlease help me. Attached is the deportation order against my "
        "husband Omar. He will be put on a charter flight on Friday by the escort company "
        "and he is very sick. I beg you to stop this.\n\nLeila Haddad",
        PERSONAL,
        file=(
            "deportation_order.pdf",
            "Removal Directions. The person named below is to be removed from the United "
            "Kingdom on 20 March 2020 by charter flight. Reference: HO/2020/88123. Escorting "
            "contractor: Mitie Care and Custody.",
        ),
    ),
    case(
        "en-guard-unpaid-salary",
        "Complaint against my employer",
        "Samuel Mensah <sam.mensah@gmail.example>",
        "To whom it may concern, I worked as a guard for a security company at the border "
        "camp for two years. I was dismissed in January and they have not paid my salary for "
        "four months. I want the United Nations to help me get my money back. My employee "
        "number was 45512. Please reply to me.",
        PERSONAL,
    ),
    case(
        "fr-demandeur-asile-aidez-moi",
        "Aidez-moi svp",
        "mamadou.diallo93@gmail.example",
        "Bonjour, je m'appelle Mamadou Diallo, je suis demandeur d'asile. J'ai été expulsé de "
        "mon foyer et la police m'a gardé deux jours. Aidez-moi s'il vous plaît, je ne sais "
        "pas à qui m'adresser. Je peux envoyer les papiers de mon dossier si vous voulez.",
        PERSONAL,
    ),
    case(
        "es-desaparicion-esposo",
        "Denuncia - desaparición de mi esposo",
        "Rosa Hernández <rosahdz@gmail.example>",
        "Señores del Grupo de Trabajo:\n\nLes escribo para denunciar la desaparición de mi "
        "esposo, Pedro Ramírez, quien fue interceptado por agentes de una empresa de "
        "seguridad en la frontera sur el 2 de febrero. Desde entonces no sabemos dónde está. "
        "Solicito la intervención urgente del Grupo de Trabajo en este caso.\n\nAtentamente,"
        "\nRosa Hernández",
        PERSONAL,
    ),
    case(
        "en-urgent-appeal-father",
        "Urgent appeal on behalf of my father",
        "Dawit Tesfaye <dawit.t@protonmail.example>",
        "Dear members of the Working Group,\n\nI am sending this urgent appeal on behalf of "
        "my father, Mr. Tesfaye Gebre, 64, who has been held since November in a detention "
        "facility in Libya guarded by a private company. He needs medical care. I kindly ask "
        "you to contact the authorities about his situation.\n\nDawit Tesfaye",
        PERSONAL,
    ),
    case(
        "fr-fils-retenu-aeroport",
        "Mon fils retenu à l'aéroport",
        "Aminata Traoré <a.traore@yahoo.example>",
        "Bonjour,\nmon fils de 17 ans est retenu depuis hier dans la zone d'attente de "
        "l'aéroport par des agents de sécurité. Il risque d'être renvoyé ce soir. Pouvez-vous "
        "intervenir ? Je vous en prie, c'est très urgent.\nAminata Traoré",
        PERSONAL,
    ),
    # --- Testimonies and submissions that speak of cases but are sent for the call --------
    case(
        "en-anonymous-testimony-body",
        "Testimony for your report",
        "survivor2020@protonmail.example",
        "I am sending my testimony for your report on private security companies at borders. "
        "In 2018 I was held for seven months at a detention centre run by a private "
        "contractor. Guards beat detainees who refused to board removal flights, and I was "
        "handcuffed for eleven hours during my own removal attempt. Medical care was refused "
        "to a pregnant woman in my wing. You may use and publish this testimony but please do "
        "not publish my name.",
        SUBMISSION,
    ),
    case(
        "en-ngo-detention-cases-pdf",
        "Submission - call for inputs on PMSCs and migration",
        "Sarah Collins <s.collins@detentionwatch.example>",
        "Dear Secretariat,\n\nPlease find attached the submission of Detention Watch "
        "Network to the Working Group's call for inputs. It documents the cases of 14 people "
        "detained in privately run facilities, including two deaths in custody.\n\n"
        "Best regards,\nSarah Collins",
        SUBMISSION,
        file=("DWN_submission_PMSC.pdf", REPORT),
    ),
    case(
        "fr-temoignage-appel",
        "Témoignage - appel à contributions",
        "k.benali@laposte.example",
        "Bonjour,\n\nJe vous envoie mon témoignage en réponse à votre appel à contributions. "
        "J'ai été détenu quatre mois dans un centre géré par une société privée à Lampedusa. "
        "Les agents nous enfermaient la nuit sans eau et confisquaient nos téléphones. Mon "
        "frère, qui était avec moi, a été frappé lors de son transfert. Vous pouvez publier ce "
        "témoignage sans mon nom.\n\nK.",
        SUBMISSION,
    ),
    case(
        "es-ong-caso-detencion-anexo",
        "Contribución - empresas de seguridad privada y migración",
        "Centro Fray Matías <contacto@cdhfraymatias.example>",
        "Estimado Grupo de Trabajo:\n\nAdjuntamos nuestra contribución al informe temático. "
        "En ella documentamos el caso de un joven hondureño que fue detenido por guardias "
        "privados en Tapachula y deportado sin audiencia.\n\nSaludos cordiales,\nCentro de "
        "Derechos Humanos Fray Matías de Córdova",
        SUBMISSION,
        file=("Contribucion_CDHFMC.docx", "Contribución al Grupo de Trabajo. " * 20),
    ),
    case(
        "en-thanks-for-opportunity",
        "Input to the report on PMSCs in border management",
        "Policy Team <policy@borderrights.example>",
        "Dear colleagues,\n\nThank you for the opportunity to contribute to this important "
        "report. Please find attached our input.\n\nMany thanks and best wishes,\nBorder "
        "Rights Coalition",
        SUBMISSION,
        file=("BRC_input.pdf", REPORT),
    ),
    case(
        "en-we-urge-the-wg",
        "Joint submission",
        "advocacy@refugeelaw.example",
        "Dear Working Group,\n\nOn behalf of eight organisations, we transmit the attached "
        "joint submission. We urge the Working Group to recommend a binding framework for "
        "private contractors at borders, and we stand ready to help with any question.\n\n"
        "Refugee Law Project",
        SUBMISSION,
        file=("joint_submission.docx", REPORT),
    ),
    case(
        "en-newsletter-in-signature",
        "Our contribution to the call for inputs",
        "Marta Rossi <m.rossi@migrantsrights.example>",
        "Dear Sir/Madam,\n\nPlease find attached the contribution of Migrant Rights Europe "
        "to the call for inputs. It may be published on the website.\n\nKind regards,\n"
        "Marta Rossi\nMigrant Rights Europe\n\nSubscribe to our newsletter: "
        "https://migrantsrights.example/newsletter | Unsubscribe | View in browser",
        SUBMISSION,
        file=("MRE_contribution.pdf", REPORT),
    ),
    case(
        "fr-nous-invitons-le-gt",
        "Contribution de la CNCDH",
        "Secrétariat CNCDH <secretariat@cncdh.example>",
        "Madame, Monsieur,\n\nVeuillez trouver ci-joint la contribution de la Commission. "
        "Nous invitons le Groupe de travail à recommander aux États d'interdire le recours "
        "aux sociétés privées pour les escortes.\n\nCordialement",
        SUBMISSION,
        file=("contribution_CNCDH.pdf", REPORT),
    ),
    case(
        "pt-contribuicao-anexo",
        "Contribuição - empresas militares e de segurança privadas",
        "Conectas <contato@conectas.example>",
        "Prezados,\n\nSegue em anexo a contribuição da Conectas Direitos Humanos para o "
        "relatório do Grupo de Trabalho sobre o uso de mercenários.\n\nAtenciosamente,\n"
        "Conectas",
        SUBMISSION,
        file=("Conectas_contribuicao.pdf", REPORT),
    ),
    case(
        "en-former-guard-testimony-docx",
        "my account",
        "anon.guard@tutanota.example",
        "Hello, attached is my account of what I saw as a guard at the facility. I want it to "
        "count for your study. Please keep my name out of it.",
        SUBMISSION,
        file=(
            "account.docx",
            "I worked for 14 months as a detention custody officer. Removals were carried "
            "out with waist restraints on people who did not resist. " * 4,
        ),
    ),
    case(
        "es-testimonio-anonimo-cuerpo",
        "Testimonio para la convocatoria",
        "anonimo.frontera@proton.example",
        "Les envío mi testimonio para la convocatoria del Grupo de Trabajo. Fui detenido "
        "en 2019 por guardias de una empresa privada en la frontera norte. Nos tuvieron tres "
        "días en una bodega sin comida; a mi primo lo golpearon cuando pidió agua. Después "
        "nos entregaron a migración sin ningún papel. Pueden publicar este testimonio, pero "
        "sin mi nombre, por seguridad de mi familia.",
        SUBMISSION,
    ),
    case(
        "en-case-of-mr-a-body-submission",
        "Submission on behalf of Justice Without Borders",
        "Legal Team <legal@jwb.example>",
        "Justice Without Borders submits the following information for the thematic "
        "report.\n\nCase of Mr. A. Mr. A was detained at the airport by staff of a private "
        "security company acting for the airline and held for 36 hours in a room without "
        "windows. He was denied access to a lawyer and to an asylum procedure. His case is "
        "pending before the national courts (case no. 2019/447).\n\nCase of Ms. B. Ms. B was "
        "escorted on a removal flight while eight months pregnant. The escorts used "
        "restraints for the whole flight.\n\nThese cases show that contractors exercise "
        "coercive powers without oversight. We recommend that States establish independent "
        "monitoring of all removals. The submission may be published.",
        SUBMISSION,
    ),
    case(
        "en-case-studies-pdf",
        "PMSC call - case studies",
        "Research <research@privacywatch.example>",
        "Dear Working Group, our submission includes three case studies (case nos. 2019/12, "
        "2019/31 and 2020/02) on surveillance contractors at the border. Please find it "
        "attached.",
        SUBMISSION,
        file=("case_studies.pdf", REPORT),
    ),
    case(
        "en-list-headers-but-contribution",
        "Contribution to the call for inputs - PMSCs and migration",
        "Frontier Institute <news@frontierinstitute.example>",
        "Dear members of the Working Group,\n\nPlease find attached the contribution of the "
        "Frontier Institute to your call for inputs on private military and security "
        "companies in immigration and border management.\n\nFrontier Institute\n"
        "Unsubscribe from our mailing list",
        SUBMISSION,
        file=("Frontier_Institute_contribution.pdf", REPORT),
        headers=LIST_HEADERS,
    ),
    case(
        "en-ngo-our-urgent-appeals",
        "Submission of Amnesty Borders",
        "Amnesty Borders <info@amnestyborders.example>",
        "Please find attached our submission. Since 2018 we have issued urgent appeals on "
        "behalf of detainees held by private contractors; the annex lists them.",
        SUBMISSION,
        file=("AB_submission.pdf", REPORT),
    ),
    case(
        "fr-merci-ci-joint",
        "Appel à contributions - Groupe de travail",
        "Collectif Migrants Outre-Mer <contact@cmom.example>",
        "Bonjour,\n\nMerci pour votre appel. Veuillez trouver ci-joint notre contribution "
        "sur les sociétés de sécurité privées à Mayotte.\n\nBien cordialement,\nLe Collectif",
        SUBMISSION,
        file=("CMOM_contribution.docx", REPORT),
    ),
    case(
        "es-invitamos-al-gt",
        "Aporte académico",
        "Dra. Inés Vargas <ivargas@uni.example>",
        "Estimados:\n\nRemito el aporte del Observatorio de Migraciones de la Universidad. "
        "Invitamos al Grupo de Trabajo a considerar nuestras recomendaciones sobre la "
        "tercerización del control migratorio.\n\nCordialmente,\nInés Vargas",
        SUBMISSION,
        file=("Aporte_Observatorio.pdf", REPORT),
    ),
    case(
        "en-journalist-submits-research",
        "Submission: investigation into escort contractors",
        "Tom Becker <tom.becker@freelance.example>",
        "Dear Working Group,\n\nI am an investigative journalist and I submit the attached "
        "research on escort contractors for your report. It can be published.\n\nTom Becker",
        SUBMISSION,
        file=("Becker_investigation.pdf", REPORT),
    ),
    case(
        "en-reply-to-reminder-with-file",
        "RE: Reminder: call for inputs closes on 17 March",
        "Nadia Aziz <nadia@humanrightshub.example>",
        "Thanks for the reminder. Please find our submission attached.\n\nNadia",
        SUBMISSION,
        file=("HRH_submission.docx", REPORT),
    ),
    case(
        "en-please-help-ensure-states",
        "Input from the Global Detention Project",
        "GDP <admin@globaldetention.example>",
        "Dear Secretariat, please help ensure that States regulate these companies: our input "
        "is attached, with data on 60 countries.",
        SUBMISSION,
        file=("GDP_input.pdf", REPORT),
    ),
    case(
        "en-individual-own-detention-for-call",
        "Call for inputs - my experience",
        "Ali Reza <ali.reza.mh@gmail.example>",
        "Dear Working Group, I saw your call for inputs. I was detained for 9 months in a "
        "centre run by a private company and my brother was deported by escorts in 2019. "
        "I attach my statement about what happened to us, as my contribution to the report.",
        SUBMISSION,
        file=("statement_Ali.docx", "Statement. I was detained from March to December. " * 10),
    ),
    case(
        "fr-note-verbale-etat",
        "Note verbale - Mission permanente du Maroc",
        "Mission du Maroc <mission.maroc@diplomatie.example>",
        "La Mission permanente du Royaume du Maroc auprès de l'Office des Nations Unies à "
        "Genève présente ses compliments au Haut-Commissariat et a l'honneur de lui "
        "transmettre ci-joint la réponse du Gouvernement au questionnaire du Groupe de "
        "travail.",
        SUBMISSION,
        file=("Reponse_Maroc.pdf", REPORT),
    ),
    case(
        "es-defensoria-quejas",
        "Informe de la Defensoría",
        "Defensoría del Pueblo <internacional@defensoria.example>",
        "Estimados señores: remitimos el informe de la Defensoría. En 2019 recibimos 120 "
        "quejas de personas detenidas por guardias privados; el informe resume los casos y "
        "nuestras recomendaciones.",
        SUBMISSION,
        file=("Informe_Defensoria.pdf", REPORT),
    ),
    case(
        "en-body-input-in-reply",
        "Re: Call for inputs",
        "Prof. Helen Ward <h.ward@university.example>",
        "Dear colleagues, below is my input.\n\nPrivate contractors now perform most "
        "escort duties in removals from the United Kingdom. My research over five years, "
        "based on inspection reports and 30 interviews with former detainees, shows three "
        "recurring problems. First, the use of restraint is recorded by the contractor "
        "itself and rarely reviewed. Second, complaints are handled by the same company. "
        "Third, penalties in the contracts are financial and never lead to the termination "
        "of a contract, even after a death in custody. I recommend an independent monitor "
        "on every charter flight and public reporting of every use of force.",
        SUBMISSION,
    ),
    case(
        "pt-depoimento-corpo",
        "Depoimento para o relatório",
        "anonima.migrante@gmail.example",
        "Envio o meu depoimento para o relatório do Grupo de Trabalho. Em 2019 fiquei "
        "detida três semanas num centro de acolhimento guardado por uma empresa privada. "
        "Os seguranças revistavam as mulheres à noite e ameaçavam quem reclamava. A minha "
        "filha ficou doente e não recebeu médico. Podem publicar o depoimento, mas sem o "
        "meu nome.",
        SUBMISSION,
    ),
    case(
        "en-thank-you-revised-attached",
        "RE: Your submission",
        "Sarah Collins <s.collins@detentionwatch.example>",
        "Thank you for your message. As requested, here is our submission in Word format.",
        SUBMISSION,
        file=("DWN_submission_PMSC.docx", REPORT),
    ),
    case(
        "fr-temoignage-confidentiel-docx",
        "Mon témoignage",
        "Youssef A. <youssef.a@gmail.example>",
        "Bonjour, je vous prie de trouver ci-joint mon témoignage sur ma détention à "
        "l'aéroport. Je souhaite qu'il reste confidentiel.",
        SUBMISSION,
        file=("temoignage.docx", "J'ai été retenu trois jours dans la zone d'attente. " * 8),
    ),
    case(
        "en-invite-wg-to-visit",
        "Submission and invitation",
        "Director <director@bordermonitor.example>",
        "Dear Working Group, attached is our submission to the call. We would be pleased to "
        "invite the Working Group to visit our monitoring project at the border.",
        SUBMISSION,
        file=("BorderMonitor_submission.pdf", REPORT),
    ),
    case(
        "es-hermano-como-aporte",
        "Aporte al informe",
        "Luis Martínez <luis.mtz@gmail.example>",
        "Les envío, como aporte a su informe, el relato de lo que vivió mi hermano cuando "
        "fue detenido por guardias privados en la frontera.",
        SUBMISSION,
        file=("relato.docx", "Mi hermano fue detenido el 3 de mayo de 2019 en Ciudad Juárez. " * 6),
    ),
    case(
        "en-please-see-attached",
        "Submission",
        "Kate Miller <kate@ngo-example.example>",
        "Please see attached.",
        SUBMISSION,
        file=("submission.pdf", REPORT),
    ),
    # --- Phishing ------------------------------------------------------------------------
    case(
        "en-mailbox-full",
        "Your mailbox is full",
        "IT Service Desk <helpdesk@ohchr-mail.example>",
        "Your mailbox has exceeded its storage limit. You will not be able to send or receive "
        "new messages until you validate your mailbox.\n\nClick here to keep your account "
        "active: http://mailbox-upgrade.example/ohchr\n\nIT Service Desk",
        NOT,
    ),
    case(
        "en-unusual-sign-in",
        "Unusual sign-in activity",
        "Microsoft account team <no-reply@micros0ft-security.example>",
        "We detected unusual sign-in activity on your Microsoft account. Sign-in details: "
        "Country/region: Russia, IP address: 91.200.12.4. If this wasn't you, please verify "
        "your account now: https://account-live.example/verify",
        NOT,
    ),
    case(
        "fr-mot-de-passe-expire",
        "Votre mot de passe expire aujourd'hui",
        "Support Messagerie <support@webmail-securite.example>",
        "Cher utilisateur,\n\nLe mot de passe de votre messagerie expire dans 24 heures. "
        "Cliquez ici pour conserver votre mot de passe actuel : "
        "http://webmail-securite.example/conserver\n\nL'équipe technique",
        NOT,
    ),
    case(
        "es-verifique-su-cuenta",
        "Aviso importante: verifique su cuenta",
        "Administrador <admin@correo-seguro.example>",
        "Estimado usuario, su buzón de correo está lleno y será desactivado. Haga clic aquí "
        "para verificar su cuenta y evitar la suspensión: http://correo-seguro.example/v",
        NOT,
    ),
    case(
        "en-invoice-login-pdf",
        "Invoice INV-3387 from DocuSign",
        "DocuSign Billing <billing@docusign-invoices.example>",
        "Hello,\n\nYour invoice INV-3387 is ready. Please log in to your account to view and "
        "pay the invoice: https://docusign-invoices.example/login\n\nThank you for your "
        "business.",
        NOT,
        file=(
            "Invoice_INV-3387.pdf",
            "INVOICE INV-3387. Amount due: 2,430.00 USD. Log in at "
            "https://docusign-invoices.example/login to pay.",
        ),
    ),
    case(
        "en-password-expiry",
        "Password expiry notice",
        "Administrator <admin@secure-owa.example>",
        "Your password expires in 2 days. To keep using the same password, confirm your "
        "credentials at https://secure-owa.example/keep",
        NOT,
    ),
    # --- Newsletters, in any language ----------------------------------------------------
    case(
        "en-newsletter-view-in-browser",
        "Migration Policy Newsletter - March 2020",
        "Migration Policy Centre <newsletter@mpc.example>",
        "View this email in your browser\n\nIn this issue: EU border agency contracts "
        "reach record high; new study on private detention in the United States; interview "
        "with a former immigration officer; upcoming events in Brussels and Geneva. "
        "The UN Working Group on mercenaries has launched a call for inputs on private "
        "security companies in border management: submissions are due on 17 March.\n\n"
        "You are receiving this email because you subscribed to our newsletter. "
        "Unsubscribe | Update your preferences",
        NOT,
        headers=LIST_HEADERS,
    ),
    case(
        "de-rundbrief",
        "Rundbrief März 2020",
        "Flüchtlingsrat <info@fluechtlingsrat.example>",
        "Liebe Freundinnen und Freunde,\n\nin diesem Rundbrief berichten wir über die "
        "Abschiebungshaft in Bayern, private Sicherheitsdienste in Aufnahmeeinrichtungen und "
        "unsere nächsten Veranstaltungen. Termine: 12. März Podiumsdiskussion in München; "
        "20. März Workshop zum Asylrecht.\n\nNewsletter abbestellen | Im Browser ansehen",
        NOT,
    ),
    case(
        "it-notiziario",
        "Notiziario ASGI n. 4/2020",
        "ASGI <notiziario@asgi.example>",
        "Notiziario dell'Associazione per gli studi giuridici sull'immigrazione.\n\n"
        "In questo numero: i centri di permanenza per il rimpatrio gestiti da società private; "
        "la nuova giurisprudenza sul trattenimento; corsi di formazione per avvocati.\n\n"
        "Per non ricevere più questo notiziario clicca qui: annulla l'iscrizione.",
        NOT,
        headers=LIST_HEADERS,
    ),
    case(
        "pt-boletim-with-report",
        "Boletim informativo nº 12",
        "Observatório das Migrações <boletim@om.example>",
        "Boletim informativo do Observatório das Migrações.\n\nNesta edição: o novo relatório "
        "anual sobre detenção de migrantes (em anexo), entrevistas e agenda de eventos.\n\n"
        "Para cancelar a subscrição, clique aqui.",
        NOT,
        file=("Relatorio_anual_2019.pdf", REPORT),
        headers=LIST_HEADERS,
    ),
    case(
        "en-annual-report-mailing",
        "Our Annual Report 2019 is out!",
        "Borderline Europe <news@borderline.example>",
        "Dear friends,\n\nWe are proud to share our Annual Report 2019, attached to this "
        "email. It covers our monitoring of sea rescues, detention and deportations.\n\n"
        "Thank you for your support!\n\nYou received this email because you are on our "
        "mailing list. Unsubscribe here.",
        NOT,
        file=("Annual_Report_2019.pdf", REPORT),
        headers=LIST_HEADERS,
    ),
    case(
        "fr-lettre-information-mentions-call",
        "Lettre d'information n°34 - mars 2020",
        "La Cimade <lettre@cimade.example>",
        "Lettre d'information de La Cimade\n\nÀ la une : le Groupe de travail des Nations "
        "unies sur les mercenaires a lancé un appel à contributions sur les sociétés de "
        "sécurité privées dans la gestion des frontières. Notre contribution est en "
        "préparation.\n\nAgenda : 14 mars, permanence juridique ; 21 mars, journée contre le "
        "racisme.\n\nSe désinscrire de la lettre d'information",
        NOT,
    ),
    case(
        "es-boletin-darse-de-baja",
        "Boletín mensual - marzo",
        "Red Migrante <boletin@redmigrante.example>",
        "Boletín de la Red Migrante\n\nEn este número: detención migratoria en México, "
        "seguridad privada en albergues, nuevas publicaciones y agenda.\n\nSi no desea "
        "recibir más este boletín, puede darse de baja aquí.",
        NOT,
    ),
    # --- Invitations ---------------------------------------------------------------------
    case(
        "en-webinar-invitation",
        "Invitation: webinar on PMSCs and border control",
        "Events <events@geneva-forum.example>",
        "Dear colleagues,\n\nWe are pleased to invite you to our webinar 'Outsourcing the "
        "border: private security and migration', on 25 March at 14:00 CET. Speakers include "
        "a member of the UN Working Group on mercenaries.\n\nRegister here: "
        "https://geneva-forum.example/register",
        NOT,
    ),
    case(
        "fr-evenement-parallele",
        "Invitation - événement parallèle CDH43",
        "Mission permanente du Sénégal <mission.senegal@diplomatie.example>",
        "La Mission permanente du Sénégal a le plaisir de vous inviter à l'événement "
        "parallèle sur les migrations et la sécurité privée, organisé en marge de la 43e "
        "session du Conseil des droits de l'homme, le 5 mars 2020 à 13h, salle XXIII.",
        NOT,
    ),
    case(
        "es-invitacion-conferencia-programa",
        "Invitación: Conferencia regional sobre migración",
        "FLACSO <eventos@flacso.example>",
        "Estimados,\n\nTenemos el agrado de invitarles a la Conferencia regional sobre "
        "migración y seguridad, que se realizará en Quito del 14 al 16 de abril. Adjuntamos "
        "el programa.\n\nLes agradeceremos confirmar su participación.",
        NOT,
        file=("Programa_conferencia.pdf", "Programa. Día 1: inauguración. Día 2: paneles."),
    ),
    case(
        "en-save-the-date-side-event",
        "Save the date: side event on mercenaries, 10 March",
        "Geneva Centre <info@gcsp.example>",
        "Save the date! Side event on the regulation of private military and security "
        "companies, 10 March 2020, Palais des Nations, Room XXV. Light lunch served. "
        "RSVP by 5 March.",
        NOT,
    ),
    # --- Media inquiries -----------------------------------------------------------------
    case(
        "en-journalist-interview",
        "Media inquiry - PMSCs at the border",
        "Emma Clarke <emma.clarke@theguardian.example>",
        "Hello,\n\nI am a journalist with The Guardian working on a story about private "
        "security companies at Europe's borders. Would a member of the Working Group be "
        "available for a short interview or a comment this week? My deadline is Friday.\n\n"
        "Best,\nEmma Clarke",
        NOT,
    ),
    case(
        "fr-demande-entretien",
        "Demande d'entretien",
        "Julien Martin <j.martin@lemonde.example>",
        "Bonjour,\n\nJe suis journaliste au Monde et je prépare un article sur la sous-"
        "traitance de la rétention administrative. Un membre du Groupe de travail serait-il "
        "disponible pour un entretien téléphonique ?\n\nCordialement,\nJulien Martin",
        NOT,
    ),
    case(
        "es-solicitud-entrevista",
        "Solicitud de entrevista",
        "Lucía Gómez <lgomez@elpais.example>",
        "Buenos días, soy periodista de El País y estoy preparando un reportaje sobre las "
        "empresas de seguridad privada en la frontera sur. Quisiera solicitar una entrevista "
        "con la Presidenta del Grupo de Trabajo.\n\nUn saludo,\nLucía Gómez",
        NOT,
    ),
    # --- Thanks and other replies in a thread, with no new document ----------------------
    case(
        "en-thank-you-for-your-message",
        "Re: Acknowledgement of receipt",
        "Nadia Aziz <nadia@humanrightshub.example>",
        "Thank you for your message.\n\nBest regards,\nNadia",
        NOT,
    ),
    case(
        "en-well-received",
        "RE: Submission received - PMSC call",
        "Sarah Collins <s.collins@detentionwatch.example>",
        "Many thanks, well received. We look forward to reading the report.\n\nSarah",
        NOT,
    ),
    case(
        "fr-merci-confirmation",
        "RE: Accusé de réception",
        "Collectif Migrants Outre-Mer <contact@cmom.example>",
        "Merci beaucoup pour votre confirmation.\n\nBien cordialement,\nLe Collectif",
        NOT,
    ),
    case(
        "es-gracias-recepcion-contribucion",
        "RE: Contribución recibida",
        "Centro Fray Matías <contacto@cdhfraymatias.example>",
        "Muchas gracias por confirmar la recepción de nuestra contribución. Quedamos "
        "atentos.\n\nSaludos cordiales,\nCentro Fray Matías",
        NOT,
    ),
]
