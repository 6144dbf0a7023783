# ruff: noqa: E501 - the sentences are data, kept one to a line
"""The twelfth collection's statements in French and Spanish, written by hand without
reading the rules, as the mail of one season from many different writers: the passages
of their letters, notes verbales, cover e-mails, replies, postscripts and forms that
carry what they want done about publication. Each entry is (language, label, text);
FORMS holds a form's question and answer lines, labelled by what the answer means.

Labels: C must not be published; A may be published without the submitter's name;
P may be published; U a human must decide."""

from __future__ import annotations

# (language, label, text): a request that the input stay off the page.
REFUSALS = [
    # -- French -------------------------------------------------------------------------
    (
        "fr",
        "C",
        "La Mission permanente de la République de Mornelle auprès de l'Office des Nations Unies à Genève présente ses compliments au Secrétariat du Groupe de travail et a l'honneur de lui transmettre la contribution du Ministère de l'Intérieur. La Mission saurait gré au Secrétariat de bien vouloir ne pas mettre ce document en ligne, celui-ci étant destiné au seul usage du Groupe de travail.",
    ),
    (
        "fr",
        "C",
        "Conformément à l'article 12 de notre règlement intérieur, les rapports de visite sont communiqués aux seules autorités concernées. Le présent rapport est donc transmis à titre confidentiel et ne peut faire l'objet d'une publication.",
    ),
    (
        "fr",
        "C",
        "Notre association, présente dans la zone d'attente de l'aéroport depuis 2015, vous adresse la note ci-jointe. Nous vous demandons de ne pas la publier : les témoignages recueillis permettraient d'identifier les personnes maintenues.",
    ),
    (
        "fr",
        "C",
        "Je vous transmets, à titre strictement confidentiel, les pièces relatives à la procédure pendante devant le tribunal administratif de Lorrens. Elles sont couvertes par le secret professionnel et ne sauraient être diffusées.",
    ),
    (
        "fr",
        "C",
        "bonjour, je suis la soeur de Karim qui est enferme au centre de retention depuis 3 mois. je vous ecris pour lui. s'il vous plait ne mettez pas cette lettre sur internet, il a peur des gardiens de la societe.",
    ),
    (
        "fr",
        "C",
        "Le Syndicat national des agents de sûreté vous fait parvenir ses observations. Les agents qui ont témoigné travaillent encore pour les sociétés concernées ; ce document n'est donc pas destiné à être rendu public.",
    ),
    (
        "fr",
        "C",
        "En année sabbatique à l'Université de Valmont, je travaille sur la sous-traitance des contrôles aux frontières. Le chapitre ci-joint est en cours d'évaluation dans une revue : merci de le garder pour vos travaux internes et de ne pas le diffuser.",
    ),
    (
        "fr",
        "C",
        "La société Vigilis Frontières SAS répond au questionnaire en annexe. Les informations communiquées relèvent du secret des affaires et sont transmises sous le sceau de la confidentialité ; nous nous opposons à leur publication.",
    ),
    (
        "fr",
        "C",
        "Le secrétariat de l'évêché de Saint-Loup transmet le témoignage de l'aumônerie du centre de rétention. Monseigneur souhaite que ce témoignage reste confidentiel, afin de préserver l'accès des aumôniers au centre.",
    ),
    (
        "fr",
        "C",
        "Nous sommes une petit association de femmes migrantes dans le quartier. Nous voulons pas que notre lettre est mis sur le site de l'ONU, c'est seulement pour le Groupe de travail, merci beaucoup.",
    ),
    (
        "fr",
        "C",
        "Re : votre question sur la publication - non, merci de ne pas publier notre contribution. Bien cordialement, Élise Marchand",
    ),
    (
        "fr",
        "C",
        "Nous restons à votre disposition pour toute précision. P.-S. : j'oubliais de préciser que ce courrier est confidentiel.",
    ),
    (
        "fr",
        "C",
        "La Commission nationale précise que le rapport et les données chiffrées de l'annexe lui ont été communiqués par l'administration sous réserve de non-divulgation ; l'ensemble de la contribution doit donc rester interne au Groupe de travail.",
    ),
    (
        "fr",
        "C",
        "Le Ministère de l'Intérieur et des Collectivités souhaite que sa réponse, qui décrit les modalités opérationnelles des escortes, ne soit pas publiée sur le site internet du HCDH.",
    ),
    (
        "fr",
        "C",
        "Journaliste indépendante, j'enquête depuis deux ans sur les escortes lors des éloignements forcés. Les éléments ci-joints proviennent de sources que je me suis engagée à protéger : je vous les confie pour votre information, sans diffusion.",
    ),
    (
        "fr",
        "C",
        "Option choisie : contribution non publique (cf. appel à contributions, paragraphe 6).",
    ),
    # -- Spanish ------------------------------------------------------------------------
    (
        "es",
        "C",
        "La Misión Permanente de la República de Castellar ante la Oficina de las Naciones Unidas en Ginebra saluda atentamente a la Secretaría del Grupo de Trabajo y tiene el honor de remitir la respuesta de la Secretaría de Gobernación. Se solicita que dicha respuesta se reserve para uso exclusivo del Grupo de Trabajo y no figure en el sitio web del ACNUDH.",
    ),
    (
        "es",
        "C",
        "Se solicita que la información contenida en el presente documento sea tratada con carácter confidencial, toda vez que se refiere a procedimientos administrativos en trámite.",
    ),
    (
        "es",
        "C",
        "Somos un albergue para migrantes en Ciudad Roble, en la frontera norte. Lo que les mandamos son testimonios de personas que fueron entregadas por guardias de una empresa privada. Les pedimos que no lo suban a su página, aquí todos nos conocen.",
    ),
    (
        "es",
        "C",
        "En mi calidad de apoderada de tres personas detenidas en la estación migratoria de Tierra Baja, remito los escritos adjuntos. Le ruego que no se publiquen, pues los juicios de amparo siguen abiertos.",
    ),
    (
        "es",
        "C",
        "mi hijo fue deportado en un vuelo de una empresa privada y lo golpearon en el avion. les escribo para que sepan. no quiero que esto salga en internet porque tenemos miedo por el.",
    ),
    (
        "es",
        "C",
        "La Federación de Trabajadores de Seguridad Privada remite sus observaciones. Dado que los testimonios proceden de afiliados en activo, solicitamos que el documento tenga carácter confidencial.",
    ),
    (
        "es",
        "C",
        "Adjunto un borrador de artículo basado en trabajo de campo en el centro de internamiento. Por razones de ética de la investigación el texto no puede hacerse público; les ruego que lo utilicen únicamente como material de referencia.",
    ),
    (
        "es",
        "C",
        "Custodia Integral S.A. da respuesta al cuestionario. La información sobre personal, tarifas y protocolos operativos es reservada y se entrega exclusivamente para conocimiento del Grupo de Trabajo.",
    ),
    (
        "es",
        "C",
        "La Defensoría del Pueblo remite el informe de su Mecanismo Nacional de Prevención. De acuerdo con su ley orgánica, los informes de visita tienen carácter reservado; por consiguiente, se pide que el documento no se difunda.",
    ),
    (
        "es",
        "C",
        "Re: su consulta sobre la publicación - preferimos que no se publique. Gracias por preguntar, Julián",
    ),
    (
        "es",
        "C",
        "Soy periodista y les comparto documentos de fuentes que debo proteger. Es confidencial, por favor, no lo usen fuera del Grupo de Trabajo.",
    ),
    (
        "es",
        "C",
        "Quedamos atentos a cualquier consulta. PD: Olvidé decirles en la carta que no autorizamos la publicación de este escrito.",
    ),
    (
        "es",
        "C",
        "En nombre de la Red Regional de Casas del Migrante adjunto nuestro aporte conjunto. Las organizaciones de la red acordamos que se comparta solo con el Grupo de Trabajo y no en la web.",
    ),
    (
        "es",
        "C",
        "El Ministerio de Relaciones Exteriores informa que la presente contribución no debe ser publicada, por contener datos de carácter operativo sobre el control fronterizo.",
    ),
    (
        "es",
        "C",
        "porfavor no publicar este documento, es confidencial por la seguridad de la gente que hablo con nosotros en el centro.",
    ),
    (
        "es",
        "C",
        "Soy estudiante de la Clínica Jurídica de Derechos Humanos de la Universidad de San Telmo. Nuestra profesora nos indicó que el informe debe tratarse como confidencial, porque incluye datos de expedientes de usuarios de la clínica.",
    ),
]

# (language, label, text): it may be published, but without the submitter's name.
ANONYMOUS = [
    # -- French -------------------------------------------------------------------------
    (
        "fr",
        "A",
        "Nous acceptons la publication de notre contribution, mais sans le nom de l'association : nos bénévoles interviennent dans la zone d'attente et pourraient en perdre l'accès.",
    ),
    (
        "fr",
        "A",
        "Vous pouvez mettre ce texte sur le site, à condition de retirer mon nom et celui de la société pour laquelle je travaille encore.",
    ),
    (
        "fr",
        "A",
        "Le cabinet préfère ne pas apparaître en tant que tel : merci d'attribuer le texte à un groupe d'avocats en droit des étrangers. Pour le reste, il peut être mis en ligne.",
    ),
    (
        "fr",
        "A",
        "Nous joignons le compte rendu de nos maraudes à la frontière. Il peut figurer sur le site de manière anonyme : depuis l'an dernier, deux de nos bénévoles ont été poursuivis pour aide au séjour irrégulier.",
    ),
    (
        "fr",
        "A",
        "ok pour mettre en ligne mais sans mon nom svp, j'ai encore un dossier a la prefecture",
    ),
    (
        "fr",
        "A",
        "Je consens à la diffusion publique de ce document, à la condition qu'il ne mentionne ni mon nom ni mon institution de rattachement.",
    ),
    (
        "fr",
        "A",
        "Le syndicat accepte que ses observations soient rendues publiques, en demandant toutefois que les noms des délégués signataires soient retirés.",
    ),
    # -- Spanish ------------------------------------------------------------------------
    (
        "es",
        "A",
        "Adjuntamos el informe de monitoreo de la garita de Las Palomas. Lo pueden subir a la página, pero sin el nombre de nuestra organización: el equipo que acompaña a las personas devueltas ha recibido amenazas este año.",
    ),
    (
        "es",
        "A",
        "Por medio del presente se autoriza la difusión del aporte en el sitio web, omitiendo el nombre de la persona que lo suscribe, quien labora actualmente en una empresa del sector.",
    ),
    (
        "es",
        "A",
        "si pueden ponerlo en la pagina, pero no pongan mi nombre ni el de mi esposo por favor. el todavia esta detenido en la estacion.",
    ),
    (
        "es",
        "A",
        "Trabajé tres años como custodio en la estación migratoria. Solicito que mi testimonio se publique de forma anónima, por temor a represalias de la empresa y de mis antiguos jefes.",
    ),
    (
        "es",
        "A",
        "Agradecería que el texto se atribuyera a 'un exfuncionario de seguridad privada' y no a mi persona. Por lo demás, no tengo inconveniente en que se difunda.",
    ),
    (
        "es",
        "A",
        "Estamos de acuerdo con que se publique, siempre que se retire el nombre de la clínica y de los estudiantes que participaron.",
    ),
    ("es", "A", "Re: publicación - Sí, pero anónima. Saludos, Marta"),
]

# (language, label, text): it may be published.
CONSENT = [
    # -- French -------------------------------------------------------------------------
    (
        "fr",
        "P",
        "Veuillez trouver ci-joint la contribution de l'Observatoire citoyen des frontières. Elle peut être publiée sur le site du HCDH sous le nom de notre association, et nous serions heureux que le Groupe de travail la cite.",
    ),
    (
        "fr",
        "P",
        "L'association Terre d'escale remercie le Groupe de travail pour cet appel. Nous consentons à ce que notre contribution figure sur le site internet du Haut-Commissariat, avec notre logo.",
    ),
    (
        "fr",
        "P",
        "Vous trouverez ci-joint notre note de huit pages sur les escortes aériennes. Rien dans ce document n'est couvert par le secret : il s'appuie sur des rapports déjà parus et peut être mis en ligne tel quel.",
    ),
    (
        "fr",
        "P",
        "Le Ministère ne voit pas d'objection à ce que sa réponse soit mise en ligne avec les autres contributions reçues.",
    ),
    (
        "fr",
        "P",
        "Nous n'avons aucune objection à la mise en ligne de la note. Référence souhaitée en cas de citation : Observatoire des frontières du Sud, note n° 14, mars 2024.",
    ),
    (
        "fr",
        "P",
        "je vous renvoie ma lettre corrigée. oui vous pouvez la mettre sur internet avec mon vrai nom, c'est important que les gens sachent ce qui se passe dans ces avions",
    ),
    (
        "fr",
        "P",
        "Re : publication de votre contribution - Aucun problème, c'est d'accord pour nous. Bonne journée, Paul",
    ),
    (
        "fr",
        "P",
        "La Commission nationale autorise la diffusion de son avis sur la page de l'appel à contributions ; un lien vers la version intégrale sur notre site serait apprécié.",
    ),
    # -- Spanish ------------------------------------------------------------------------
    (
        "es",
        "P",
        "Les mando la versión final con las correcciones de la compañera Lupe. Pueden publicarla sin problema, y con nuestro nombre.",
    ),
    (
        "es",
        "P",
        "Agradecemos la invitación a participar. Autorizamos que este aporte se publique en la página del ACNUDH junto con los de otras organizaciones de la sociedad civil.",
    ),
    (
        "es",
        "P",
        "Nada de lo que enviamos es confidencial: todo proviene de solicitudes de acceso a la información que la autoridad migratoria ya respondió.",
    ),
    (
        "es",
        "P",
        "La Secretaría de Gobernación hace llegar su respuesta al cuestionario y manifiesta que no tiene inconveniente en que se difunda en la página de la convocatoria.",
    ),
    (
        "es",
        "P",
        "Va adjunta la versión corta de nuestro informe sobre los centros de recepción. Pueden publicarla; les agradecemos que incluyan el enlace a la versión completa, que está en nuestra página.",
    ),
    ("es", "P", "claro que si pueden subirlo a la pagina, para eso lo escribimos"),
    (
        "es",
        "P",
        "Re: su pregunta sobre la publicación - sí, adelante, y gracias por el trabajo que hacen.",
    ),
    (
        "es",
        "P",
        "Damos nuestro consentimiento para que el documento se publique con el logotipo de la red, tal como aparece en la portada.",
    ),
]

# (language, label, text): a human must decide.
MIXED = [
    # -- French -------------------------------------------------------------------------
    (
        "fr",
        "U",
        "Le rapport principal peut être mis en ligne. L'annexe 3, où figurent les noms des personnes retenues et leur numéro de dossier, doit en revanche rester réservée au Groupe de travail.",
    ),
    (
        "fr",
        "U",
        "Notre rapport annuel sur les zones d'attente sort le 12 novembre et la presse y aura accès le même jour. Merci de ne pas mettre notre contribution en ligne avant cette date.",
    ),
    (
        "fr",
        "U",
        "Le bureau est d'accord sur le fond, mais la décision de mise en ligne revient à notre conseil d'administration, qui se réunit le 3 octobre ; je reviendrai vers vous à ce moment-là.",
    ),
    (
        "fr",
        "U",
        "Le recours contre le marché des escortes est pendant devant le Conseil d'État. Publication possible après sa décision, pas avant.",
    ),
    ("fr", "U", "oui pour publier le texte mais pas les photos ni les noms des retenus svp"),
    # -- Spanish ------------------------------------------------------------------------
    (
        "es",
        "U",
        "El resumen ejecutivo (páginas 1 a 3) puede subirse a la web. El anexo con los testimonios, en cambio, preferimos que no, al menos hasta hablar con las personas que los dieron.",
    ),
    (
        "es",
        "U",
        "Se autoriza la publicación una vez que el Ministro haya dado su visto bueno, lo cual se comunicará oportunamente.",
    ),
    (
        "es",
        "U",
        "El juez de distrito todavía no resuelve el amparo de los compañeros deportados. Preferimos esperar a que lo haga antes de que el documento se publique; después no habría problema.",
    ),
    (
        "es",
        "U",
        "Sobre si se puede publicar: todavía no lo sabemos, lo estamos consultando con las familias de los muchachos y les avisamos la próxima semana.",
    ),
    (
        "es",
        "U",
        "ya les mande el archivo. pueden publicarlo. bueno, pensandolo mejor, dejenme consultarlo con mi abogado primero y les confirmo",
    ),
]

# (language, label, [question, answer]): a form, labelled by what the answer means.
FORMS = [
    # -- French -------------------------------------------------------------------------
    (
        "fr",
        "C",
        [
            "Diffusion de la contribution sur le site du Haut-Commissariat",
            "Non - les témoins seraient exposés",
        ],
    ),
    ("fr", "A", ["Identification", "Publier sans le nom de l'organisation"]),
    ("fr", "P", ["Acceptez-vous la diffusion sur le site ?", "oui, sans réserve"]),
    ("fr", "U", ["Caractère confidentiel de la contribution", "En partie (voir courriel)"]),
    # -- Spanish ------------------------------------------------------------------------
    ("es", "C", ["Autorización de difusión", "[x] No autorizo"]),
    ("es", "A", ["Mención del autor en la web", "Sin nombre"]),
    ("es", "P", ["Difusión en la web del ACNUDH", "Sí (incluir logotipo de la red)"]),
    (
        "es",
        "U",
        [
            "Carácter de la contribución: pública / confidencial",
            "Las dos cosas, depende de la sección",
        ],
    ),
]
