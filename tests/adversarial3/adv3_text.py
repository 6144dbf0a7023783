# ruff: noqa: E501 - the sentences are data, kept one to a line
"""A third collection of what submitters say about publishing their input, written by
hand without reading the rules, so the rules are tested against wordings they were not
tuned on. Each entry is (language, label, text); FORMS holds a form's question and answer
lines instead of one text, labelled by what the answer means.

Labels: C must not be published; A may be published without the submitter's name;
P may be published; U a human must decide (conditional, embargo, partial, contradictory,
"ask our director"). The wording is invented; the kinds of wording follow issue 13."""

from __future__ import annotations

# (language, label, text): a request that the input stay off the page.
REFUSALS = [
    # -- English ------------------------------------------------------------------------
    (
        "en",
        "C",
        "Kindly ensure that the enclosed paper is not made available on any public platform, the OHCHR webpage included.",
    ),
    (
        "en",
        "C",
        "We must ask that our contribution stays within the Working Group; it is not to be uploaded anywhere.",
    ),
    ("en", "C", "Our board has decided that this document cannot be released to the public."),
    (
        "en",
        "C",
        "For the reasons I gave you on the phone, the annex should under no circumstances appear online.",
    ),
    ("en", "C", "This input is provided on a strictly confidential basis."),
    ("en", "C", "Not for publication."),
    (
        "en",
        "C",
        "pls dont put this on the website, we are a small group and the company knows exactly who we are",
    ),
    (
        "en",
        "C",
        "The accounts below were given to us by survivors who agreed to speak only on the understanding that nothing would be made public, so we have to ask you to keep this submission out of the published inputs.",
    ),
    ("en", "C", "We are not comfortable with the report being posted on your site."),
    ("en", "C", "We do not authorise OHCHR to publish or reproduce any part of this submission."),
    ("en", "C", "Our consent to publication is withheld."),
    (
        "en",
        "C",
        "Under no circumstances should this communication be disseminated beyond the members of the Working Group.",
    ),
    (
        "en",
        "C",
        "This submission is meant solely to inform the Working Group's thematic report and is not for public release.",
    ),
    ("en", "C", "We would ask that you refrain from posting our paper."),
    ("en", "C", "Internal use only - not to be shared outside the Working Group."),
    (
        "en",
        "C",
        "Please keep this email and the attached paper confidential; neither is meant for your website.",
    ),
    ("en", "C", "NB: we do NOT agree to our submission being made public."),
    (
        "en",
        "C",
        "In view of the ongoing litigation, the attached memo has to remain confidential and must not be published in any form.",
    ),
    ("en", "C", "Restricted: for the eyes of the Working Group's members and secretariat only."),
    (
        "en",
        "C",
        "The Mission kindly requests that the information contained in this note be treated confidentially and not be made public.",
    ),
    ("en", "C", "We are not in a position to allow publication of this input."),
    ("en", "C", "Publication of this contribution is not authorised."),
    ("en", "C", "This is shared off the record - none of it should end up on the UN website."),
    ("en", "C", "We prefer that our submission is NOT published."),
    ("en", "C", "Could you please make sure our paper doesn't go up online? Thanks a lot."),
    (
        "en",
        "C",
        "Our understanding, and the basis on which we are sending this, is that the submission will be used for background only and will not be published.",
    ),
    (
        "en",
        "C",
        "As the annex contains the names of witnesses, we ask that neither the submission nor the annex be posted.",
    ),
    ("en", "C", "Our contribution should not be quoted, cited or published."),
    ("en", "C", "We kindly request the non-publication of this submission."),
    ("en", "C", "Please do not upload, post or otherwise share this document publicly."),
    (
        "en",
        "C",
        "This paper was prepared for the Working Group's information only; we do not wish to see it on the OHCHR website.",
    ),
    (
        "en",
        "C",
        "I write in a personal capacity and I do not give permission for my submission to be published.",
    ),
    ("en", "C", "CONFIDENTIAL - do not publish"),
    (
        "en",
        "C",
        "We have not obtained internal clearance to publish this, so please keep it private.",
    ),
    (
        "en",
        "C",
        "Whilst we appreciate the transparency of the process, we are unable to consent to our input being published.",
    ),
    ("en", "C", "Kindly note that this submission is not for the public domain."),
    (
        "en",
        "C",
        "Our lawyers have advised that the report must not be released, so we ask OHCHR not to make it available online or to third parties.",
    ),
    (
        "en",
        "C",
        "We ask you to treat the information in our paper as privileged and not to place it on the public record.",
    ),
    ("en", "C", "Please don't share this beyond the WG."),
    (
        "en",
        "C",
        "We are kindly asking to not publish this contribution in the website of OHCHR, it is only for the information of the experts.",
    ),
    ("en", "C", "Plese do not publsh our submision, it is confidencial."),
    (
        "en",
        "C",
        "Given that several of the people whose accounts we summarise in the second part still work for the contractor, and bearing in mind that the company has taken legal action against former guards who spoke out, which is also why we have not attached the interview notes, we would ask that the report itself be kept confidential to the Working Group.",
    ),
    (
        "en",
        "C",
        "Two practical points:\n- the figures in section 2 are provisional;\n- the submission as a whole is confidential and should not be put on the website.",
    ),
    # -- French -------------------------------------------------------------------------
    ("fr", "C", "Nous vous saurions gré de ne pas rendre publique la présente contribution."),
    (
        "fr",
        "C",
        "Ce document vous est transmis à titre strictement confidentiel et ne doit pas être mis en ligne.",
    ),
    ("fr", "C", "Merci de ne pas diffuser notre contribution sur le site du HCDH."),
    ("fr", "C", "Nous ne souhaitons pas que ce rapport soit publié."),
    ("fr", "C", "La publication de cette contribution n'est pas autorisée."),
    ("fr", "C", "Diffusion restreinte : réservé aux membres du Groupe de travail."),
    ("fr", "C", "Notre organisation n'est pas favorable à la mise en ligne de ce document."),
    ("fr", "C", "Nous ne consentons pas à la publication de la contribution ci-jointe."),
    (
        "fr",
        "C",
        "Ce courriel et sa pièce jointe sont confidentiels : nous vous prions de ne pas les rendre publics.",
    ),
    (
        "fr",
        "C",
        "La Mission permanente prie le Haut-Commissariat de bien vouloir traiter la présente note comme confidentielle et de s'abstenir de la publier.",
    ),
    ("fr", "C", "Document a usage interne uniquement, merci de ne pas le publier"),
    ("fr", "C", "Nous préférerions que notre contribution ne figure pas sur le site internet."),
    (
        "fr",
        "C",
        "Les informations contenues dans l'annexe ne doivent en aucun cas être divulguées, pas plus que le rapport lui-même.",
    ),
    (
        "fr",
        "C",
        "Cette contribution est destinée exclusivement au Groupe de travail et ne saurait être rendue publique.",
    ),
    ("fr", "C", "Je ne donne pas mon accord pour la publication de mon texte."),
    ("fr", "C", "Nous tenons à ce que ce document reste confidentiel."),
    ("fr", "C", "Pas de publication svp, les infos sont sensibles."),
    (
        "fr",
        "C",
        "Compte tenu des risques pour les victimes, nous demandons que la contribution ne soit ni publiée ni transmise à des tiers.",
    ),
    ("fr", "C", "Le rapport joint relève du secret professionnel et ne peut être rendu public."),
    ("fr", "C", "Nous ne sommes pas d'accord pour que notre document soit mis en ligne."),
    ("fr", "C", "Merci de réserver cette contribution à l'usage interne du Groupe de travail."),
    ("fr", "C", "Il est entendu que le present envoi ne sera pas publie."),
    ("fr", "C", "Nous vous demandons de ne pas reproduire, citer ni publier notre note."),
    (
        "fr",
        "C",
        "Étant donné que plusieurs des personnes citées travaillent encore pour l'entreprise, et que celle-ci a déjà poursuivi d'anciens agents qui avaient parlé, ce qui explique que nous n'ayons pas joint les entretiens, nous vous prions de considérer le rapport comme confidentiel.",
    ),
    (
        "fr",
        "C",
        "Quelques précisions :\n- les chiffres sont provisoires ;\n- la contribution ne doit pas être publiée.",
    ),
    # -- Spanish ------------------------------------------------------------------------
    ("es", "C", "Les solicitamos que el presente aporte no sea publicado en la página web."),
    ("es", "C", "No autorizamos la publicación de este documento."),
    ("es", "C", "La información se comparte de manera confidencial y no debe difundirse."),
    ("es", "C", "Preferimos que nuestra contribución no se haga pública."),
    ("es", "C", "El informe adjunto es de carácter reservado."),
    ("es", "C", "Por favor no subir el documento a internet."),
    ("es", "C", "No estamos de acuerdo con que se publique el aporte."),
    (
        "es",
        "C",
        "Les rogamos mantener la confidencialidad de este correo y del documento adjunto, que no deben hacerse públicos.",
    ),
    (
        "es",
        "C",
        "La Misión Permanente solicita que la presente nota y su anexo sean tratados de manera confidencial y no se publiquen.",
    ),
    ("es", "C", "El documento es solo para uso del Grupo de Trabajo y no para difusión pública."),
    ("es", "C", "No deseamos que el informe aparezca en el sitio de la OACNUDH."),
    ("es", "C", "Solicitamos expresamente que no se divulgue ni la comunicación ni su anexo."),
    ("es", "C", "Favor de no publicar, gracias."),
    ("es", "C", "Queda prohibida la publicación o difusión total o parcial de este aporte."),
    ("es", "C", "Agradeceríamos que el aporte se mantuviera en reserva."),
    ("es", "C", "Por motivos de seguridad, el documento no puede ser publicado."),
    (
        "es",
        "C",
        "Esta contribución tiene carácter confidencial, por lo que pedimos que no se difunda.",
    ),
    ("es", "C", "No damos nuestro consentimiento para que se publique esta información."),
    ("es", "C", "le pedimos que no se publique este aporte en ningun caso"),
    (
        "es",
        "C",
        "El informe se remite únicamente para conocimiento del Grupo de Trabajo; no debe ser publicado.",
    ),
    (
        "es",
        "C",
        "Nuestra organización no está autorizada a hacer pública esta información, por lo que les solicitamos no difundirla.",
    ),
    ("es", "C", "Pedimos que el documento no sea compartido públicamente."),
    ("es", "C", "Uso restringido: no publicar."),
    (
        "es",
        "C",
        "Dado que varias de las personas entrevistadas siguen trabajando para la empresa contratista, y teniendo en cuenta que esta ya denunció a extrabajadores que hablaron con la prensa, motivo por el cual no adjuntamos las transcripciones, les pedimos que el informe no se publique.",
    ),
    # -- Portuguese ---------------------------------------------------------------------
    ("pt", "C", "Solicitamos que esta contribuição não seja publicada."),
    ("pt", "C", "O documento é confidencial e não deve ser divulgado."),
    ("pt", "C", "Não autorizamos a publicação do relatório no site do ACNUDH."),
    ("pt", "C", "Pedimos a gentileza de não disponibilizar este material na internet."),
    (
        "pt",
        "C",
        "As informações contidas neste relatório são sigilosas e não podem ser tornadas públicas.",
    ),
    ("pt", "C", "Não queremos que o nosso texto seja tornado público."),
    ("pt", "C", "Por favor, nao publicar este documento"),
    (
        "pt",
        "C",
        "Este e-mail e o anexo devem ser tratados de forma confidencial, sem divulgação pública.",
    ),
    (
        "pt",
        "C",
        "Preferimos que a contribuição fique restrita ao Grupo de Trabalho, sem publicação.",
    ),
    ("pt", "C", "Não concordamos com a publicação da nossa contribuição."),
]

# (language, label, text): may be published, but not under the submitter's name.
ANONYMOUS = [
    # -- English ------------------------------------------------------------------------
    ("en", "A", "You may post the submission, but please leave our organisation's name out of it."),
    (
        "en",
        "A",
        "Happy for the content to be used publicly as long as nobody can tell it came from us.",
    ),
    (
        "en",
        "A",
        "For the safety of our field staff, we ask that the submission be published without any reference to our organisation.",
    ),
    ("en", "A", "Please publish anonymously."),
    ("en", "A", "The paper can go on the website, provided that my name is removed."),
    (
        "en",
        "A",
        "We'd like this to be attributed to 'a civil society organisation in the region' rather than to us by name; otherwise it can be published.",
    ),
    (
        "en",
        "A",
        "I agree to publication, but I must not be identified: I still live near the company's compound.",
    ),
    ("en", "A", "If you put this online, please withhold the author's name."),
    ("en", "A", "Our name should not appear anywhere in the published version."),
    ("en", "A", "Publication is fine so long as it is anonymised."),
    (
        "en",
        "A",
        "The testimony may be made public, but the witness and our association must remain unnamed.",
    ),
    ("en", "A", "You can publish it - just not under my name, please."),
    ("en", "A", "We would be grateful if the submission were posted without attribution."),
    ("en", "A", "Kindly remove the authors' names before placing this document on the webpage."),
    # -- French -------------------------------------------------------------------------
    (
        "fr",
        "A",
        "Vous pouvez publier notre contribution, mais sans mentionner le nom de l'association.",
    ),
    (
        "fr",
        "A",
        "Nous acceptons la publication à condition que notre identité ne soit pas révélée.",
    ),
    (
        "fr",
        "A",
        "Pour des raisons de sécurité, je souhaite que mon nom n'apparaisse pas lorsque le texte sera publié.",
    ),
    ("fr", "A", "Merci de publier ce texte de façon anonyme."),
    ("fr", "A", "La contribution peut être mise en ligne sous couvert d'anonymat."),
    (
        "fr",
        "A",
        "Nous demandons que notre identité soit tenue secrète ; le contenu, lui, peut être diffusé.",
    ),
    ("fr", "A", "Publication possible, sans le nom de l'auteur."),
    (
        "fr",
        "A",
        "Je vous autorise à publier mon témoignage en retirant toute information permettant de m'identifier.",
    ),
    (
        "fr",
        "A",
        "Nous souhaitons que la contribution soit publiée sous la mention « une ONG de la région », sans notre nom.",
    ),
    ("fr", "A", "Le document peut etre publie mais sans citer notre organisation svp"),
    (
        "fr",
        "A",
        "Le contenu peut être rendu public ; en revanche, le nom de la signataire doit rester confidentiel.",
    ),
    # -- Spanish ------------------------------------------------------------------------
    ("es", "A", "Pueden publicar el aporte, pero sin mencionar el nombre de nuestra organización."),
    ("es", "A", "Solicito que se guarde reserva sobre mi identidad al publicar el documento."),
    ("es", "A", "Por razones de seguridad, pedimos que el aporte se publique de forma anónima."),
    ("es", "A", "Autorizamos la publicación siempre que no figure el nombre de la autora."),
    (
        "es",
        "A",
        "El testimonio puede difundirse, omitiendo nuestros nombres y cualquier dato que permita identificarnos.",
    ),
    ("es", "A", "Publíquese sin nombre, por favor."),
    ("es", "A", "Preferimos que el documento se publique como anónimo."),
    ("es", "A", "Se puede subir a la web, pero que no salga el nombre de la organización."),
    (
        "es",
        "A",
        "Si deciden publicar la contribución, les pido mantener en reserva mis datos personales.",
    ),
    (
        "es",
        "A",
        "Aceptamos que se publique, con la condición de que se omita la identidad de quienes firmamos.",
    ),
    ("es", "A", "pueden publicarlo pero sin mi nombre por favor, temo represalias"),
    (
        "es",
        "A",
        "Sobre la publicación:\n1. pueden publicar el contenido;\n2. no incluyan el nombre de la organización ni de sus integrantes.",
    ),
    # -- Portuguese ---------------------------------------------------------------------
    ("pt", "A", "Podem publicar a contribuição, mas sem identificar a nossa organização."),
    ("pt", "A", "Autorizo a publicação desde que o meu nome seja omitido."),
    ("pt", "A", "Por questões de segurança, pedimos que o texto seja divulgado de forma anônima."),
    ("pt", "A", "A contribuição pode ser publicada sem o nome da autora."),
    ("pt", "A", "Solicitamos sigilo quanto à nossa identidade; o conteúdo pode ser publicado."),
    ("pt", "A", "pode publicar mas nao coloque meu nome por favor"),
    ("pt", "A", "Concordamos com a divulgação, desde que preservado o anonimato dos autores."),
    ("pt", "A", "Publiquem, por favor, sem qualquer referência ao nome do coletivo."),
]

# (language, label, text): consent, some of it hedged or put with a negation.
CONSENT = [
    # -- English ------------------------------------------------------------------------
    ("en", "P", "We have no objection to this submission being published on the OHCHR website."),
    ("en", "P", "Nothing in this contribution is confidential; it may be posted in full."),
    ("en", "P", "Feel free to put our paper online."),
    ("en", "P", "The organisation consents to the publication of its input."),
    ("en", "P", "You are welcome to publish the attached report."),
    ("en", "P", "We don't mind at all if the paper is made public."),
    ("en", "P", "I am happy for my submission to appear on your webpage together with my name."),
    ("en", "P", "We would be pleased to see our contribution shared publicly."),
    ("en", "P", "Please note that there is no restriction on the publication of this document."),
    ("en", "P", "This submission may be published and quoted."),
    (
        "en",
        "P",
        "As far as we are concerned, nothing prevents the Working Group from making this paper public.",
    ),
    ("en", "P", "We do not object to publication."),
    ("en", "P", "I suppose it's fine to put it on the website, I don't see why not."),
    ("en", "P", "We would not be opposed to our input being made available online."),
    (
        "en",
        "P",
        "The Mission has no objection to the publication of the present contribution on the website of the Office.",
    ),
    ("en", "P", "This document is not confidential and may be shared publicly."),
    ("en", "P", "We hereby authorise OHCHR to post this submission on its website."),
    ("en", "P", "There is no need to treat this as confidential: it can go on the website."),
    ("en", "P", "Our paper can be published; we have cleared it internally."),
    ("en", "P", "We'd be glad if you published it, naming our coalition as the author."),
    ("en", "P", "No objections from our side to making the submission public."),
    (
        "en",
        "P",
        "While we recognise that some of the figures in the annex may need updating when the provincial authorities release new data, which we expect by the end of the year, we are content for the submission, annex included, to be published as it stands.",
    ),
    # -- French -------------------------------------------------------------------------
    ("fr", "P", "Nous n'avons aucune objection à la publication de notre contribution."),
    ("fr", "P", "La présente contribution peut être publiée sur le site du HCDH."),
    ("fr", "P", "Nous autorisons la mise en ligne de ce document."),
    ("fr", "P", "Rien ne s'oppose à ce que ce rapport soit rendu public."),
    ("fr", "P", "Vous pouvez diffuser librement notre contribution."),
    ("fr", "P", "Nous consentons à ce que notre texte soit publié."),
    (
        "fr",
        "P",
        "La Mission permanente ne voit pas d'inconvénient à la publication de la présente contribution.",
    ),
    ("fr", "P", "Je n'ai pas d'objection a ce que mon texte soit publie avec mon nom."),
    ("fr", "P", "Ce document n'est pas confidentiel : il peut être publié."),
    ("fr", "P", "Nous serions heureux que notre contribution soit accessible au public."),
    ("fr", "P", "Publication autorisée."),
    ("fr", "P", "Aucune restriction de diffusion pour ce document."),
    # -- Spanish ------------------------------------------------------------------------
    ("es", "P", "No tenemos inconveniente en que el aporte se publique."),
    (
        "es",
        "P",
        "Autorizamos la publicación de la presente contribución en el sitio web de la OACNUDH.",
    ),
    ("es", "P", "Nada obsta a que este documento se haga público."),
    ("es", "P", "Pueden difundir el informe sin restricciones."),
    ("es", "P", "Damos nuestro consentimiento para que se publique el aporte."),
    ("es", "P", "No nos oponemos a la publicación."),
    (
        "es",
        "P",
        "La Misión Permanente no tiene objeción a que la presente información se publique.",
    ),
    ("es", "P", "El documento no es confidencial y puede publicarse."),
    (
        "es",
        "P",
        "Con gusto aceptamos que nuestro aporte sea publicado con el nombre de la organización.",
    ),
    ("es", "P", "Pueden subirlo a la página, no hay problema."),
    ("es", "P", "No existe impedimento alguno para la publicación de este aporte."),
    ("es", "P", "Se autoriza la difusión pública del documento adjunto."),
    ("es", "P", "nos parece bien que se publique en la web"),
    ("es", "P", "No hay ninguna restricción para su publicación."),
    # -- Portuguese ---------------------------------------------------------------------
    ("pt", "P", "Autorizamos a publicação desta contribuição."),
    ("pt", "P", "Não temos objeção à divulgação do documento."),
    ("pt", "P", "A contribuição pode ser publicada no site do ACNUDH."),
    ("pt", "P", "Nada impede a publicação do relatório."),
    ("pt", "P", "Podem divulgar livremente o nosso texto."),
    ("pt", "P", "Concordamos com a publicação, incluindo o nome da organização."),
    ("pt", "P", "O documento não é sigiloso e pode ser tornado público."),
    ("pt", "P", "sem problema nenhum em publicar"),
]

# (language, label, text): a human must decide.
MIXED = [
    # -- English ------------------------------------------------------------------------
    (
        "en",
        "U",
        "We are happy for this to be published once our executive director has signed it off; I will confirm next week.",
    ),
    (
        "en",
        "U",
        "Please do not publish before the court hearing on 20 April; after that it may go online.",
    ),
    ("en", "U", "The main text can be made public but the annex on individual cases must not be."),
    ("en", "U", "I think publication is fine, but I need to check with our legal team first."),
    (
        "en",
        "U",
        "You may publish it. On second thought, please hold off until I have spoken to the board.",
    ),
    (
        "en",
        "U",
        "We leave publication to the discretion of the secretariat, although some of our partners would prefer the paper to stay internal.",
    ),
    ("en", "U", "This may be published provided that paragraphs 12 to 15 are removed."),
    ("en", "U", "Confidential until the consultation period ends, public afterwards."),
    (
        "en",
        "U",
        "I am not sure whether our organisation allows this to be published; please ask our director before doing anything with it.",
    ),
    ("en", "U", "Some of my colleagues want this public and others don't; we will let you know."),
    ("en", "U", "The summary is for publication; the full report is not."),
    (
        "en",
        "U",
        "Our consent to publication is subject to approval by the coalition's steering committee, which meets next month.",
    ),
    (
        "en",
        "U",
        "Feel free to publish - although, to be safe, maybe keep the names of the companies out of it?",
    ),
    (
        "en",
        "U",
        "We can agree to publication only if the company names mentioned in section 3 are not published.",
    ),
    # -- French -------------------------------------------------------------------------
    (
        "fr",
        "U",
        "La contribution pourra être publiée après validation par notre conseil d'administration ; nous vous le confirmerons.",
    ),
    ("fr", "U", "Merci de ne pas publier avant le 30 mai, date de sortie de notre propre rapport."),
    (
        "fr",
        "U",
        "Le corps du texte peut être rendu public, mais pas l'annexe contenant les témoignages.",
    ),
    (
        "fr",
        "U",
        "Je dois vérifier auprès de la direction si nous pouvons autoriser la publication.",
    ),
    (
        "fr",
        "U",
        "Publication possible sous réserve de la suppression des paragraphes relatifs à l'entreprise sous-traitante.",
    ),
    ("fr", "U", "Nous hésitons encore quant à la publication ; nous reviendrons vers vous."),
    # -- Spanish ------------------------------------------------------------------------
    (
        "es",
        "U",
        "Podrán publicar el aporte una vez que nuestra directora lo apruebe; les confirmaremos.",
    ),
    (
        "es",
        "U",
        "Les pedimos no publicar antes de que termine el proceso judicial; después no habría problema.",
    ),
    (
        "es",
        "U",
        "El informe puede publicarse, pero el anexo con los testimonios debe mantenerse reservado.",
    ),
    (
        "es",
        "U",
        "Todavía no sabemos si podemos autorizar la publicación; lo consultaré con la coordinación.",
    ),
    (
        "es",
        "U",
        "Se puede publicar siempre y cuando se eliminen los nombres de las empresas mencionadas.",
    ),
    (
        "es",
        "U",
        "Autorizamos la publicación. Bueno, en realidad mejor esperen a que lo confirme el comité.",
    ),
    ("es", "U", "Publicable solo en su versión resumida; el documento completo, no."),
    (
        "es",
        "U",
        "Queda a criterio del Grupo de Trabajo decidir si se publica, aunque algunos socios preferirían que no.",
    ),
    # -- Portuguese ---------------------------------------------------------------------
    (
        "pt",
        "U",
        "A publicação depende da aprovação da nossa diretoria, que confirmaremos em breve.",
    ),
    ("pt", "U", "Podem publicar o resumo, mas não o relatório completo."),
    (
        "pt",
        "U",
        "Pedimos que não publiquem antes de 15 de junho; depois disso, pode ser divulgado.",
    ),
    ("pt", "U", "Ainda estamos consultando a coordenação sobre a publicação."),
]

# (language, label, [question line, answer line]) or a single "label: value" line; the
# label is what the answer means, U when the tick cannot be told.
FORMS = [
    # -- the answer refuses -------------------------------------------------------------
    (
        "en",
        "C",
        [
            "Do you consent to the publication of your submission on the OHCHR website?",
            "☐ Yes   ☒ No",
        ],
    ),
    ("en", "C", ["Consent to publish: No"]),
    ("en", "C", ["May the Working Group make your input public?", "( ) Yes   (•) No"]),
    ("en", "C", ["Can we post your contribution online?", "No - confidential please"]),
    ("en", "C", ["Publication on the OHCHR website", "NOT AUTHORISED"]),
    ("en", "C", ["Please indicate whether your submission may be published:", "Yes [ ]   No [X]"]),
    ("en", "C", ["Should the submission be treated as confidential?", "✓ Yes    No"]),
    ("en", "C", ["Confidential submission?", "YES"]),
    ("en", "C", ["Publication", "Yes ☐ / No ☑"]),
    ("fr", "C", ["Acceptez-vous que votre contribution soit publiée ?", "Oui ☐   Non ☒"]),
    ("fr", "C", ["Publication autorisée : non"]),
    ("fr", "C", ["Autorisation de mise en ligne", "NON"]),
    (
        "fr",
        "C",
        ["Votre contribution peut-elle être rendue publique ?", "Non, usage interne uniquement."],
    ),
    ("es", "C", ["¿Autoriza la publicación de su aporte en el sitio web?", "Sí ( )   No (X)"]),
    ("es", "C", ["Publicación: no autorizada"]),
    ("es", "C", ["¿Desea que su contribución sea tratada como confidencial?", "☒ Sí   ☐ No"]),
    ("pt", "C", ["Autoriza a publicação da sua contribuição?", "( ) Sim   (x) Não"]),
    # -- the answer consents ------------------------------------------------------------
    ("en", "P", ["Do you agree to your submission being published?", "☒ Yes   ☐ No"]),
    ("en", "P", ["Publish on website: Yes"]),
    ("en", "P", ["May we publish your input?", "(•) Yes   ( ) No"]),
    ("en", "P", ["Should this input be kept confidential?", "No"]),
    ("en", "P", ["Permission to publish", "✓ granted"]),
    ("en", "P", ["Are you happy for your contribution to be published?", "X Yes      No"]),
    ("fr", "P", ["Consentez-vous à la publication de votre contribution ?", "☒ Oui   ☐ Non"]),
    ("fr", "P", ["Confidentialité demandée : non"]),
    ("es", "P", ["¿Autoriza la publicación?", "Sí (X)   No ( )"]),
    ("es", "P", ["Autorización de publicación: SÍ"]),
    ("pt", "P", ["Autoriza a divulgação pública?", "(X) Sim   ( ) Não"]),
    # -- the answer cannot be told ------------------------------------------------------
    ("en", "U", ["May we publish your submission?", "☐ Yes   ☐ No"]),
    ("en", "U", ["Do you consent to publication?", "☒ Yes   ☒ No"]),
    ("en", "U", ["Publication permitted: Yes / No"]),
    ("en", "U", ["Consent to publication:", "[to be confirmed]"]),
    ("en", "U", ["Can your submission be published?", "x Yes   x No"]),
    ("fr", "U", ["Acceptez-vous la publication ?", "Oui / Non (rayer la mention inutile)"]),
    ("es", "U", ["¿Autoriza la publicación?", "Sí      No"]),
    ("es", "U", ["¿Su aporte puede publicarse?", "Consultar con la dirección"]),
    ("pt", "U", ["Autoriza a publicação?", "Sim ( )   Não ( )"]),
]
