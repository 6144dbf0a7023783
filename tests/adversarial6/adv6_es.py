# ruff: noqa: E501 - the messages are data, kept one paragraph to a line
"""The sixth collection's Spanish and Portuguese cases (the format is described in
`adv6_cases.py`)."""

ES = """
=== fwd es C
note: reenvío en línea; el mensaje original (del mismo remitente) pide no publicar
from: Lucía Fernández | Colectivo de Abogados del Cauca | l.fernandez@cac-co.example
subject: Aporte del Colectivo - vigilancia privada en el Cauca
outer: Buenos días, les reenvío nuestro correo del 25 de febrero, que no recibió acuse de recibo.
body: Estimados señores: // Adjuntamos nuestro aporte sobre las empresas de vigilancia privada contratadas por ingenios azucareros en el norte del Cauca. // Les solicitamos que el documento no sea publicado, pues los testigos siguen viviendo en la zona. // Atentamente,
doc: pdf CAC_vigilancia_Cauca.pdf
page: Vigilancia privada en los ingenios del norte del Cauca // Dieciocho corteros de caña describieron amenazas de guardias privados.

=== fwd es P
note: reenvío en línea; el mensaje reenviado autoriza la publicación
from: Diego Salazar | Observatorio de Seguridad Privada | d.salazar@osp-pe.example
subject: Nota del Observatorio para la convocatoria
outer: Reenvío nuestra nota, el primer envío tenía un error en la dirección.
body: Estimados colegas: // El Observatorio les remite su nota sobre la fiscalización de las empresas de seguridad privada en el Perú. // Autorizamos su publicación en la página web del ACNUDH. // Saludos cordiales,
doc: docx OSP_nota_fiscalizacion.docx
page: La fiscalización de la seguridad privada en el Perú // La SUCAMEC cuenta con 40 inspectores para más de 1.000 empresas.

=== fwd es A
note: reenvío en línea; el original pide reserva de identidad
from: Martín Ocampo | | martin.ocampo.personal@correo.example
subject: Testimonio de un exguardia
outer: Reenvío desde mi correo personal, ver abajo.
body: Hola: // Trabajé cinco años como guardia armado en una mina de oro en Tolima. Describo abajo cómo se trataba a los mineros informales detenidos. // Pueden publicar este testimonio con reserva de identidad. // M. O.
names: Martín Ocampo; M. Ocampo; Ocampo

=== fwd es U
note: reenvío en línea; el texto reenviado dice que la difusión «se confirmará más adelante»
from: Rosa Quispe | Red de Defensoras Andinas | r.quispe@rda-bo.example
subject: Aporte de la Red
outer: Se los reenvío, quedo atenta.
body: Estimados: // Adjuntamos nuestro aporte sobre la seguridad privada de las empresas mineras en Potosí. Si puede difundirse o no se lo confirmaremos más adelante, tras la asamblea. // Saludos,
doc: pdf RDA_aporte_Potosi.pdf
page: Seguridad privada minera en Potosí // Guardias privados desalojaron a cooperativistas en dos ocasiones.

=== fwd es S
note: reenvío en línea sin nada sobre la publicación
from: Andrés Villalobos | Facultad de Derecho, Universidad del Pacífico Sur | a.villalobos@ups-derecho.example
subject: Artículo sobre responsabilidad de contratistas
outer: Estimados, les reenvío el correo anterior, esta vez con el archivo adjunto.
body: Estimados señores: // Les envío un artículo sobre la responsabilidad penal de los directivos de empresas militares privadas por crímenes cometidos en el extranjero. // Atentamente,
doc: pdf Villalobos_responsabilidad_penal.pdf
page: Responsabilidad penal de los directivos de empresas militares privadas // La jurisdicción universal rara vez se ha ejercido.

=== fwd es N
note: reenvío de una pregunta sobre el plazo, no es un aporte
from: Carolina Méndez | Fundación Derechos y Territorio | c.mendez@fdt.example
subject: Consulta sobre el plazo
outer: Vuelvo a enviar mi consulta.
body: Buenas tardes: // ¿Podrían indicarnos si el plazo del 31 de marzo puede extenderse una semana para organizaciones de base? // Gracias,

=== fwdatt es C
note: reenvío como adjunto; el texto exterior pide que no se haga público
from: Gabriela Torres | Casa del Migrante del Norte | direccion@cmn-mx.example
subject: Aporte de la Casa del Migrante
outer: Estimados: // Les reenvío el mensaje de nuestro coordinador. Les ruego que este documento no se haga público, ya que permite identificar a dos familias. // La directora,
inner: Javier Ríos | j.rios@cmn-mx.example
body: Hola: // Aquí está nuestro aporte sobre los guardias privados contratados en estaciones migratorias. // Javier
doc: docx CMN_guardias_estaciones.docx
page: Guardias privados en estaciones migratorias // Personas migrantes fueron retenidas sin acceso a abogado.

=== fwdatt es P
note: reenvío como adjunto; el texto exterior autoriza la publicación
from: Ricardo Aguirre | Instituto de Estudios de Seguridad | r.aguirre@ies.example
subject: Documento del IES
outer: Estimados colegas: // Les reenvío el documento que envió nuestra investigadora. El Instituto no tiene inconveniente en que lo publiquen en su sitio web. // Ricardo Aguirre
inner: Valeria Campos | v.campos@ies.example
body: Estimados: // Adjunto un documento sobre contratistas de seguridad en la frontera sur. // Valeria Campos
doc: pdf IES_frontera_sur.pdf
page: Contratistas de seguridad en la frontera sur // Empresas privadas operan puntos de control en tres municipios.

=== fwdatt es A
note: reenvío como adjunto; el texto exterior pide publicar sin el nombre de la víctima
from: Patricia Luna | Defensoría Comunitaria | p.luna@defcom.example
subject: Testimonio remitido
outer: Estimados: // Les remito el correo de mi representada. Acepta que su testimonio se publique siempre que no aparezca su nombre. // Lic. Patricia Luna
inner: Elena Paredes | elena.paredes.testigo@correo.example
body: Señores: // Fui retenida dos días por guardias de una empresa privada en una hacienda bananera, sin orden judicial. // Elena Paredes
names: Elena Paredes; E. Paredes; Paredes

=== fwdatt es U
note: reenvío como adjunto; el texto exterior pide «discreción» con los testimonios
from: Hernán Castillo | Red de Apoyo a Trabajadores Migrantes | h.castillo@ratm.example
subject: Testimonios de guardias
outer: Estimados: // Reenvío los testimonios que recogió nuestra compañera. Les pido discreción con este material. // Hernán
inner: Marta Solís | m.solis@ratm.example
body: Hernán, adjunto los cinco testimonios de guardias de un complejo residencial. // Marta
doc: docx RATM_testimonios.docx
page: Testimonios de cinco guardias // Los guardias trabajaban turnos de 16 horas sin descanso semanal.

=== fwdatt es S
note: reenvío como adjunto sin nada sobre la publicación
from: Beatriz Navarro | Centro de Estudios sobre Gobernanza | b.navarro@ceg.example
subject: Comentarios del Centro
outer: Estimados: // Para su conocimiento, les reenvío los comentarios que enviamos al grupo intergubernamental. // Beatriz
inner: Beatriz Navarro | b.navarro@ceg.example
body: Señora Presidenta: // Adjuntamos los comentarios del Centro al artículo 9 del proyecto revisado. // Beatriz Navarro
doc: pdf CEG_comentarios.pdf
page: Comentarios al proyecto revisado // El artículo 9 debería incluir la responsabilidad solidaria del contratante.

=== fwdatt es C
note: reenvío como adjunto; el texto exterior dice «uso exclusivo del Grupo de Trabajo»
from: Emilio Rojas | Observatorio de Industrias Extractivas | e.rojas@oie-cl.example
subject: Estudio de caso
outer: Hola: // Les reenvío el estudio que envió mi colega. Es para uso exclusivo del Grupo de Trabajo y no debe difundirse. // Emilio
inner: Camila Fuentes | c.fuentes@oie-cl.example
body: Hola: // Adjunto el estudio de caso sobre la seguridad de una minera de litio. // Camila
doc: pdf OIE_estudio_litio.pdf
page: Estudio de caso: una minera de litio // Los guardias impidieron el paso a comuneros atacameños.

=== bottom es C
note: respuesta bajo la cita de la convocatoria; pide que no se haga público
from: Raúl Pineda | Comité de Familiares de Desaparecidos | r.pineda@cofade.example
subject: RE: Convocatoria - empresas militares y de seguridad privadas
quote: El Grupo de Trabajo invita a los Estados y demás partes interesadas a presentar aportes. // Los aportes se publicarán en el sitio web del ACNUDH, salvo solicitud en contrario.
body: Estimados: // Adjuntamos nuestro aporte. Solicitamos que no se haga público, porque menciona a funcionarios bajo investigación. // Raúl Pineda
doc: docx COFADE_aporte.docx
page: Seguridad privada y desapariciones // Dos desapariciones se vinculan con guardias de una finca.

=== bottom es P
note: respuesta bajo la cita; consiente la publicación
from: Verónica Ibarra | Clínica Jurídica de Derechos Humanos | v.ibarra@cjdh.example
subject: RE: Convocatoria
quote: Indique si consiente la publicación de su aporte.
body: Hola: // Sí, consentimos la publicación de nuestro aporte, que va adjunto. // Verónica Ibarra
doc: pdf CJDH_aporte.pdf
page: Debida diligencia de los clientes de empresas de seguridad // Pocas empresas exigen formación en uso de la fuerza.

=== bottom es A
note: respuesta bajo la cita; publicar sin el nombre por seguridad
from: Julio Cárdenas | | julio.cardenas@correo.example
subject: RE: convocatoria
quote: Los aportes se publicarán en el sitio web del ACNUDH, salvo solicitud en contrario.
body: Buenas: // Fui guardia en un campamento petrolero y adjunto mi relato. Pueden publicarlo pero sin mi nombre, por favor, temo represalias. // Julio
doc: docx relato_campamento.docx
page: Mi relato // Nos ordenaban revisar a los comuneros sin ninguna autorización.
names: Julio Cárdenas; J. Cárdenas; Cárdenas

=== bottom es U
note: respuesta bajo la cita; «consúltennos antes de difundir nada»
from: Mónica Estrada | Foro Humanitario Latinoamericano | m.estrada@fhl.example
subject: RE: Convocatoria
quote: Los aportes se publicarán en el sitio web del ACNUDH, salvo solicitud en contrario.
body: Estimados colegas: // Adjuntamos nuestra nota. Por favor consúltennos antes de difundir nada, algunas cifras pueden cambiar. // Mónica
doc: pdf FHL_nota.pdf
page: Seguridad de las ONG humanitarias en la región // Un cuarto de las ONG usa escoltas privadas.

=== bottom es S
note: respuesta bajo la cita; nada sobre la publicación
from: Fernando Gallardo | Ministerio de Seguridad, Dirección de Asuntos Jurídicos | f.gallardo@seguridad-gob.example
subject: RE: Convocatoria - EMSP
quote: El Grupo de Trabajo invita a los Estados y demás partes interesadas a presentar aportes.
body: Estimados señores: // Adjuntamos la información del Ministerio sobre el registro nacional de empresas de seguridad privada. // Fernando Gallardo
doc: pdf respuesta_ministerio.pdf
page: Registro nacional de empresas de seguridad privada // El registro cuenta con 1.342 empresas habilitadas.

=== bottom es C
note: respuesta a un recordatorio, bajo la cita; «reservado al Grupo de Trabajo»
from: Inés Mamani | Mujeres Aymaras en Resistencia | i.mamani@mar.example
subject: RE: Recordatorio - convocatoria
quote: Le recordamos que la convocatoria cierra el 31 de marzo. // Los aportes recibidos se publicarán en línea.
body: Gracias por el recordatorio. // Nuestros testimonios van adjuntos; son reservados para el Grupo de Trabajo y no deben publicarse en línea. // Inés
doc: docx MAR_testimonios.docx
page: Testimonios de mujeres aymaras // Las mujeres describen registros de guardias privados en sus comunidades.

=== memo es C
note: cuerpo que empieza con un encabezado de memorando (De:, Fecha:); pide confidencialidad
from: Alejandra Ruiz | Mecanismo Nacional de Prevención de la Tortura | a.ruiz@mnpt.example
subject: Centros de detención de gestión privada
date: 4 de marzo de 2020
body: 1. El presente memorando responde a la convocatoria. // 2. Resume nuestras visitas a dos centros de detención migratoria administrados por una empresa privada. // 3. Este memorando se remite con carácter confidencial y no debe publicarse.
doc: pdf MNPT_memorando.pdf
page: Visitas a centros de gestión privada // Se registraron 31 aislamientos sin registro médico.

=== memo es P
note: encabezado de memorando; autoriza la publicación
from: Tomás Herrera | Defensoría del Pueblo | t.herrera@defensoria.example
subject: Aporte de la Defensoría
date: 6 de marzo de 2020
body: Objeto: aporte a la convocatoria del Grupo de Trabajo. // Antecedentes: la Defensoría supervisa la seguridad privada desde 2015. // Difusión: este aporte es público y el Grupo de Trabajo puede publicarlo.

=== memo es A
note: encabezado de memorando; publicar sin el nombre del autor
from: Gustavo Peralta | | gustavo.peralta@correo.example
subject: Nota sobre contratos de escolta
date: 7 de marzo de 2020
body: Resumen: fui jefe de escoltas privados en Afganistán entre 2009 y 2012. // Difusión: pueden publicar esta nota, pero sin mi nombre ni el de mi antiguo empleador. // Detalle: las reglas de enfrentamiento nunca se entregaban por escrito.
names: Gustavo Peralta; G. Peralta; Peralta

=== memo es U
note: encabezado de memorando; «Uso restringido» sin más
from: Silvia Campos | Observatorio Regional de Seguridad | s.campos@ors-la.example
subject: Observaciones del Observatorio
date: 3 de marzo de 2020
body: Uso restringido // 1. El Observatorio constata un mayor uso de empresas privadas en la custodia de fronteras. // 2. Quedamos a disposición del Grupo de Trabajo para conversar.

=== memo es S
note: encabezado de memorando; nada sobre la publicación
from: Mauricio Vega | Ministerio de Justicia | m.vega@justicia-gob.example
subject: Respuesta al cuestionario
date: 10 de marzo de 2020
body: Referencia: convocatoria del 10 de diciembre de 2019. // El país cuenta con 87 empresas de vigilancia autorizadas, 12 de ellas con armas. // La fiscalización corresponde a la Superintendencia.

=== memo es N
note: encabezado de memorando de un acta interna enviada por error, no es un aporte
from: Daniela Ortiz | Secretaría de una ONG | d.ortiz@secretaria-ong.example
subject: Acta de la reunión de equipo
date: 2 de marzo de 2020
body: Asistentes: Daniela, Pablo, Sofía. // Temas: presupuesto del segundo trimestre, pasante nuevo, viaje a Ginebra. // Próxima reunión: 16 de marzo.

=== middle es C
note: PDF de tres páginas; la petición de confidencialidad está en la página 2
from: Adriana Molina | Alianza Amazónica | a.molina@alianza-amazonica.example
subject: Aporte de la Alianza
body: Estimados: // Adjuntamos nuestro aporte. // Adriana
doc: pdf Alianza_aporte.pdf
page: Seguridad privada en concesiones petroleras amazónicas // Alianza Amazónica
page: Advertencia: este documento se entrega con carácter confidencial y pedimos que no se publique, porque se basa en trabajadores que siguen en sus puestos. // Método: 22 entrevistas.
page: Hallazgos // Los guardias retuvieron documentos de identidad de trabajadores.

=== middle es A
note: DOCX de tres páginas; página 2: publicar sin el nombre
from: Esteban Lara | | esteban.lara@correo.example
subject: Mi aporte personal
body: Buenas tardes: // Envío mi aporte personal adjunto. // Esteban
doc: docx Aporte_EL.docx
page: Aporte al Grupo de Trabajo // Testimonio personal
page: Este testimonio puede publicarse, pero sin mi nombre, ya que sigo trabajando en el sector. // Fui supervisor de seguridad en un puerto entre 2013 y 2017.
page: Lo que vi // Los guardias locales cobraban menos de la mitad de lo pactado.
names: Esteban Lara; E. Lara; Lara

=== middle es P
note: PDF de tres páginas; consentimiento en la página 2
from: Claudia Serrano | Centro de Derechos Humanos de la Universidad Austral | c.serrano@cdh-ua.example
subject: Aporte del Centro
body: Estimados colegas: // Adjuntamos nuestro aporte. // Claudia
doc: pdf CDHUA_aporte.pdf
page: Aporte al Grupo de Trabajo // Centro de Derechos Humanos
page: Estamos de acuerdo con que este aporte se publique en el sitio web del ACNUDH. // 1. Obligaciones extraterritoriales de los Estados de origen.
page: 2. Reparación // Las víctimas enfrentan obstáculos de jurisdicción.

=== middle es U
note: DOCX de tres páginas; página 2 «borrador - no difundir», el correo autoriza la publicación
from: Óscar Benítez | Red Centroamericana de Paz | o.benitez@rcp.example
subject: Documento de la Red
body: Estimados: // Adjuntamos nuestro documento; puede publicarse. // Óscar
doc: docx RCP_documento.docx
page: La seguridad privada en Centroamérica // Red Centroamericana de Paz
page: BORRADOR - no difundir. // Hay más guardias privados que policías en cuatro países.
page: Recomendaciones // Se necesita un registro regional.

=== middle es S
note: PDF de tres páginas sin nada sobre la publicación
from: Pablo Espinoza | Centro de Análisis Estratégico | p.espinoza@cae.example
subject: Nota de investigación
body: Estimados: // Adjunto una nota de investigación sobre la seguridad privada en puertos. // Pablo Espinoza
doc: pdf CAE_puertos.pdf
page: Seguridad privada en puertos del Pacífico // Nota de investigación 3
page: Empresas privadas controlan el acceso a seis terminales. // Los controles de antecedentes de los guardias son irregulares.
page: Conclusión // Falta coordinación con la autoridad portuaria.

=== form es P
note: formulario Word, casillas heredadas: «Sí» marcado
from: Lorena Vidal | Sindicato de Vigilantes | l.vidal@sindvig.example
subject: Formulario completado
body: Hola: // Adjunto nuestro formulario completado. // Lorena
form: docx-legacy
doc: docx SV_formulario.docx
page: Formulario de aporte // Organización: Sindicato de Vigilantes // Resumen: los vigilantes subcontratados no cobran horas extra.
box: [x] Sí, el aporte puede publicarse en el sitio web del ACNUDH
box: [ ] No, el aporte no debe publicarse

=== form es C
note: formulario Word, controles de contenido: «No autorizo» marcado
from: Jacinto Huanca | Consejo de Comunidades Campesinas | j.huanca@ccc.example
subject: Formulario
body: Buenos días: // Va el formulario adjunto. // Jacinto
form: docx-sdt
doc: docx CCC_formulario.docx
page: Formulario de aporte // Organización: Consejo de Comunidades Campesinas // Aporte: guardias de una minera cercaron los pastos comunales.
box: [ ] Autorizo la publicación del presente aporte
box: [x] No autorizo la publicación del presente aporte

=== form es A
note: formulario Word, glifos ☒/☐: publicación anónima marcada
from: Natalia Romero | | natalia.romero@correo.example
subject: mi formulario
body: Hola: // Va mi formulario. // Natalia
form: docx-glyph
doc: docx formulario_NR.docx
page: Formulario de aporte // Nombre: Natalia Romero // Aporte: como enfermera de un contratista, describo la atención negada al personal local.
box: [ ] Publicación con mi nombre
box: [x] Publicación anónima (sin mi nombre)
box: [ ] No publicar
names: Natalia Romero; N. Romero; Romero

=== form es U
note: formulario Word con casillas Wingdings: ambas marcadas
from: Felipe Arce | Asociación de Retornados | f.arce@aret.example
subject: formulario ARET
body: Estimados: // Adjunto el formulario. // Felipe
form: docx-wingdings
doc: docx ARET_formulario.docx
page: Formulario de aporte // Organización: Asociación de Retornados // Aporte: reclutamiento de exmilitares por una empresa privada para Yemen.
box: [x] Sí, pueden publicarlo
box: [x] No, aporte confidencial

=== form es C
note: formulario PDF, casillas AcroForm: «confidencial» marcada
from: Rocío Delgado | Red de Mujeres del Puerto | r.delgado@rmp.example
subject: Formulario de la Red
body: Estimados: // Adjunto el formulario completado. // Rocío
form: pdf-check
doc: pdf RMP_formulario.pdf
page: Formulario de aporte // Red de Mujeres del Puerto // Aporte: acoso a vendedoras por parte de guardias de una terminal portuaria.
box: [ ] Acepto la publicación de este aporte en el sitio web del ACNUDH
box: [x] Este aporte es confidencial y no debe publicarse

=== form es P
note: formulario PDF, campo de texto «¿Publicar? (Sí/No)» = «Sí»
from: Sergio Maldonado | Foro de Gobernanza de la Seguridad | s.maldonado@fgs.example
subject: Formulario FGS
body: Estimados colegas: // Adjuntamos el formulario. // Sergio
form: pdf-text
doc: pdf FGS_formulario.pdf
page: Formulario de aporte // Foro de Gobernanza de la Seguridad // Aporte: inventario de leyes de seguridad privada en 18 países.
box: ¿Puede el Grupo de Trabajo publicar este aporte? (Sí/No) = Sí

=== form es C
note: formulario PDF, campo de texto «¿Publicar? (Sí/No)» = «No»
from: Eduardo Chávez | Sindicato Portuario | e.chavez@sinport.example
subject: Formulario del sindicato
body: Estimados: // Adjunto. // Eduardo
form: pdf-text
doc: pdf SINPORT_formulario.pdf
page: Formulario de aporte // Sindicato Portuario // Aporte: estibadores registrados y retenidos por una empresa de seguridad portuaria.
box: ¿Puede el Grupo de Trabajo publicar este aporte? (Sí/No) = No

=== html es C
note: cuerpo HTML donde la negrita y un enlace cortan la frase de negativa
from: Elisa Montoya | Observatorio de Cárceles Privadas | e.montoya@ocp.example
subject: Aporte del OCP
html: <p>Estimados:</p><p>Las empresas privadas gestionan ya cinco cárceles y sus informes de inspección no se entregan al Congreso.</p><p>Les pedimos <b>no publicar</b> este <a href="https://ocp.example/aporte">aporte</a> en su sitio web.</p><p>Elisa Montoya</p>

=== html es A
note: cuerpo HTML; petición de anonimato cortada por cursiva y un enlace
from: Wilson Ramírez | | wilson.ramirez@correo.example
subject: Conductores de escoltas
html: <div>Hola:</div><div>Manejé para una empresa de seguridad en el Catatumbo durante tres años; nos ordenaban no detenernos nunca.</div><div>Pueden publicarlo, pero <i>sin</i> mi <a href="https://correo.example/perfil">nombre</a>, gracias.</div><div>Wilson</div>
names: Wilson Ramírez; W. Ramírez; Ramírez

=== html es P
note: cuerpo HTML; consentimiento con «publicar» en negrita
from: Marcela Ortiz | Cámara de Empresas de Seguridad | m.ortiz@cames.example
subject: Respuesta de la Cámara
html: <p>Estimados:</p><p>La Cámara agrupa a 70 empresas y apoya la adopción de normas comunes para el sector.</p><p>Autorizamos a <b>publicar</b> esta respuesta íntegramente.</p><p>Marcela Ortiz, gerenta</p>

=== html es S
note: cuerpo HTML sin nada sobre la publicación
from: Jorge Sandoval | Centro de Economía de la Paz | j.sandoval@cep-la.example
subject: Aporte del Centro
html: <p>Estimados:</p><p>El Centro estima que el gasto en seguridad privada de las mineras andinas se <b>triplicó</b> desde 2010, según <a href="https://cep-la.example/datos">nuestros datos</a>.</p><p>Jorge Sandoval</p>

=== zip es C
note: archivo dentro de un archivo; la carta DOCX interior pide confidencialidad
from: Ignacio Prieto | Observatorio del Trabajo Marítimo | i.prieto@otm-es.example
subject: Aporte OTM (archivo)
body: Estimados: // Nuestro aporte y sus anexos están en el archivo adjunto. // Ignacio
zip: OTM_aporte.zip
through: anexos.zip
doc: docx OTM_carta.docx
page: Carta de presentación // El aporte del Observatorio sobre guardias armados embarcados es confidencial y no puede publicarse.

=== zip es P
note: archivo dentro de un archivo; consentimiento en el PDF interior
from: Teresa Galindo | Instituto de Gobernanza de la Seguridad | t.galindo@igs.example
subject: Aporte IGS
body: Hola: // Todos los documentos están en el archivo. // Teresa
zip: IGS_aporte.zip
through: documentos.zip
doc: pdf IGS_carta.pdf
page: Carta al Grupo de Trabajo // El IGS acepta la publicación de su aporte en el sitio web del ACNUDH. // El aporte trata de la habilitación de guardias en 7 países.

=== zip es U
note: archivo dentro de un archivo; el PDF interior dice «embargado hasta nuevo aviso»
from: Lorenzo Bravo | Unidad de Investigación Periodística | l.bravo@uip.example
subject: Material de la Unidad
body: Estimados: // Ver el archivo adjunto. // Lorenzo
zip: UIP_material.zip
through: investigacion.zip
doc: pdf UIP_investigacion.pdf
page: Investigación: empresas de seguridad y desalojos // Embargado hasta nuevo aviso. // Guardias participaron en tres desalojos rurales.

=== thread es C
note: un segundo correo del mismo remitente, sin «RE:», pide confidencialidad
from: Valentina Cruz | Red de Apoyo a Comunidades Mineras | v.cruz@racm-es.example
subject: Aporte de la Red
body: Estimados: // Adjuntamos nuestro aporte sobre la seguridad en minas de carbón. // Valentina
doc: pdf RACM_carbon.pdf
page: Seguridad en minas de carbón // Los guardias dispararon contra mineros artesanales dos veces.
mail: 2 | | Valentina Cruz | una precisión
body: Hola: // Nuestras contrapartes piden que el informe enviado el lunes se mantenga confidencial. Por favor no lo publiquen. // Valentina

=== thread es P
note: un segundo correo levanta una reserva; se importa antes que el original
from: Hugo Cabrera | Centro de Investigación Laboral | h.cabrera@cil.example
subject: Aporte del CIL - esperar por favor
body: Estimados: // Va nuestro aporte. Por favor esperen antes de publicarlo, nuestro consejo debe revisarlo. // Hugo
doc: docx CIL_aporte.docx
page: Vigilantes en centros comerciales // Los contratos se renuevan cada tres meses.
mail: 4 | | Hugo Cabrera | visto bueno del consejo
body: Estimados: // El consejo dio su visto bueno: ya pueden publicar nuestro aporte. // Hugo
order: 1 0

=== thread es C
note: el segundo correo, importado primero, retira el consentimiento
from: Paula Medina | Red Jurídica para Refugiados | p.medina@rjr-es.example
subject: Aporte de la RJR
body: Estimados: // Adjuntamos nuestro aporte, que puede publicarse. // Paula
doc: pdf RJR_aporte.pdf
page: Contratistas privados en albergues // El personal contratado realiza entrevistas de asilo.
mail: 3 | | Paula Medina | cambio de decisión
body: Estimados: // Tras consultar con las familias, preferimos que el aporte no se publique. Les pedimos mantenerlo confidencial. // Paula
order: 1 0

=== thread es P
note: una colega de la misma universidad envía la «versión final» de su propio texto; el primero mantiene su consentimiento
from: Rodrigo Fuentes | Facultad de Derecho, Universidad Andina Central | r.fuentes@uac.example
subject: Artículo sobre EMSP
body: Estimados: // Adjunto mi artículo sobre la regulación de las EMSP en la región andina; pueden publicarlo. // Rodrigo Fuentes
doc: pdf Fuentes_regulacion_andina.pdf
page: La regulación de las EMSP en la región andina // Tres países no tienen ley específica.
mail: 2 | s.arias@uac.example | Sofía Arias | Versión final de mi aporte
org: Facultad de Derecho, Universidad Andina Central
body: Estimados: // Envío la versión final de mi aporte sobre guardias privados en hospitales públicos. // Sofía Arias
doc: pdf Arias_version_final.pdf
page: Guardias privados en hospitales públicos // La vigilancia de 40 hospitales está tercerizada.
labels: S

=== thread es A
note: la misma persona escribe desde un correo gratuito para pedir que se omita su nombre
from: Carmen Vidal | Instituto de Estudios para la Paz | c.vidal@iep-es.example
subject: Aporte - contratistas en misiones de paz
body: Estimados: // Adjunto mi artículo sobre contratistas en misiones de paz. Puede publicarse. // Carmen
doc: docx Vidal_contratistas.docx
page: Contratistas en misiones de paz // Contratistas logísticos custodian varios campamentos.
mail: 3 | carmen.vidal@correo.example | Carmen Vidal | mi artículo
org:
body: Hola, les escribo desde mi correo personal. Pensándolo mejor, publiquen mi artículo sin mi nombre, por favor: estoy postulando a una de esas misiones. // Carmen
order: 1 0
names: Carmen Vidal; C. Vidal; Vidal; Instituto de Estudios para la Paz

=== thread es U
note: un segundo correo dice «quizá debamos retirar una parte» sin decidir
from: Agustín Rey | Grupo Fronteras y Derechos | a.rey@gfd-es.example
subject: Aporte GFD
body: Estimados: // Adjuntamos nuestro aporte. // Agustín
doc: pdf GFD_aporte.pdf
page: Contratistas en la frontera // Guardias privados operan cinco puestos.
mail: 2 | | Agustín Rey | sobre nuestro documento
body: Hola: // Quizá debamos retirar una parte del documento enviado, porque una fuente expresó preocupación. Les escribo pronto. // Agustín

=== fwd pt C
note: reencaminhamento em linha; a mensagem original pede que não seja publicada
from: João Ferreira | Justiça nos Trilhos | j.ferreira@jnt-br.example
subject: Contribuição - segurança privada na ferrovia
outer: Bom dia, reencaminho abaixo a nossa mensagem de fevereiro.
body: Prezados, // Segue a nossa contribuição sobre os seguranças privados contratados pela concessionária da ferrovia no Maranhão. // Pedimos que o documento não seja publicado, pois as testemunhas continuam na região. // Atenciosamente,
doc: pdf JNT_seguranca_ferrovia.pdf
page: Segurança privada ao longo da ferrovia // Moradores relataram abordagens violentas de seguranças.

=== bottom pt A
note: resposta por baixo da citação; publicar sem o nome
from: Ana Beatriz Souza | | anabeatriz.souza@correio.example
subject: RE: chamada
quote: As contribuições serão publicadas no sítio do ACNUDH, salvo pedido em contrário.
body: Olá, // Trabalhei como vigilante numa mina e envio o meu relato. Podem publicar, mas sem o meu nome, por favor. // Ana
doc: docx relato_mina.docx
page: O meu relato // Os vigilantes revistavam os garimpeiros sem qualquer autorização.
names: Ana Beatriz Souza; A. B. Souza; Souza

=== memo pt C
note: corpo com cabeçalho de memorando (De:, Data:); pede confidencialidade
from: Ricardo Nunes | Conselho Nacional de Direitos Humanos | r.nunes@cndh-br.example
subject: Presídios de gestão privada
date: 5 de março de 2020
body: 1. Este memorando responde à chamada. // 2. Resume as nossas inspeções em dois presídios de gestão privada. // 3. O memorando é enviado em caráter confidencial e não deve ser publicado.

=== middle pt U
note: PDF de três páginas; página 2 «rascunho - não divulgar», o e-mail autoriza a publicação
from: Mariana Costa | Rede Lusófona de Paz | m.costa@rlp.example
subject: Documento da Rede
body: Prezados, // Segue o nosso documento; pode ser publicado. // Mariana
doc: pdf RLP_documento.pdf
page: Segurança privada nos países lusófonos // Rede Lusófona de Paz
page: RASCUNHO - não divulgar. // Em Angola, as empresas de segurança privada empregam mais de 100 mil pessoas.
page: Recomendações // É preciso um registo público das empresas.

=== html pt P
note: corpo HTML; autorização com «publicar» em negrito
from: Paulo Henrique Lima | Instituto Brasileiro de Segurança Cidadã | ph.lima@ibsc.example
subject: Contribuição do Instituto
html: <p>Prezados,</p><p>O Instituto acompanha a regulação da segurança privada no Brasil desde 2008 e envia a sua análise da nova lei.</p><p>Autorizamos a <b>publicar</b> esta contribuição na íntegra.</p><p>Paulo Henrique Lima</p>

=== thread pt C
note: segunda mensagem do mesmo remetente, sem «RE:», pede confidencialidade
from: Helena Duarte | Comissão Pastoral da Terra | h.duarte@cpt-br.example
subject: Contribuição da CPT
body: Prezados, // Segue a nossa contribuição sobre seguranças privados em conflitos agrários. // Helena
doc: pdf CPT_conflitos_agrarios.pdf
page: Seguranças privados em conflitos agrários // Foram registados 14 ataques a acampamentos.
mail: 2 | | Helena Duarte | um pedido
body: Olá, // As famílias pediram que o relatório enviado na segunda-feira seja mantido confidencial. Por favor, não o publiquem. // Helena

=== form pt C
note: formulário Word, caixas de controlo de conteúdo: «Não autorizo» marcada
from: Sebastião Alves | Associação dos Pescadores do Recôncavo | s.alves@apr.example
subject: Formulário
body: Bom dia, // Segue o formulário. // Sebastião
form: docx-sdt
doc: docx APR_formulario.docx
page: Formulário de contribuição // Organização: Associação dos Pescadores do Recôncavo // Contribuição: seguranças de um estaleiro impediram a pesca artesanal.
box: [ ] Autorizo a publicação desta contribuição
box: [x] Não autorizo a publicação desta contribuição
=== zip es A
note: archivo dentro de un archivo; el DOCX interior pide publicar sin el nombre
from: Rubén Olmedo | | ruben.olmedo@correo.example
subject: archivos
body: Hola: // Puse todo en el archivo comprimido, el testimonio está dentro. // Rubén
zip: archivos.zip
through: testimonio.zip
doc: docx mi_testimonio.docx
page: Testimonio // Me contrataron en Quito como guardia y terminé en labores de combate en Irak. Pueden publicar este testimonio, pero no mi nombre.
names: Rubén Olmedo; R. Olmedo; Olmedo

=== zip es S
note: archivo dentro de un archivo sin nada sobre la publicación
from: Cristina Paz | Instituto Uruguayo de Estudios de Conflicto | c.paz@iuec.example
subject: Aporte IUEC
body: Estimados: // Nuestro aporte va adjunto como archivo comprimido. // Cristina
zip: IUEC_aporte.zip
through: aporte.zip
doc: docx IUEC_aporte.docx
page: Aporte del IUEC // Las navieras de la región contratan guardias armados en casi la mitad de los tránsitos por el golfo de Guinea.

=== zip pt S
note: arquivo dentro de um arquivo, nada sobre a publicação
from: Tiago Moreira | Observatório de Segurança de Moçambique | t.moreira@osm-mz.example
subject: Contribuição do Observatório
body: Prezados, // A nossa contribuição segue em arquivo comprimido. // Tiago
zip: OSM_contribuicao.zip
through: contribuicao.zip
doc: pdf OSM_contribuicao.pdf
page: Segurança privada em Cabo Delgado // Empresas estrangeiras de segurança protegem os projetos de gás desde 2019.
=== thread es C
note: un colega de la misma organización envía la «versión final», importada primero, que reemplaza el borrador y pide confidencialidad
from: Ximena Olivares | Centro de Derechos Económicos | x.olivares@cde.example
subject: Borrador del aporte del CDE
body: Estimados: // Les envío un borrador de nuestro aporte sobre la seguridad privada en plantaciones de palma. La versión final la enviará nuestro director. // Ximena
doc: docx CDE_borrador.docx
page: Seguridad privada en plantaciones de palma (borrador) // Los guardias vigilan los caminos de acceso a las comunidades.
mail: 4 | direccion@cde.example | Álvaro Sepúlveda | Aporte del CDE - versión final
org: Centro de Derechos Económicos
body: Estimados: // Adjunto la versión final de nuestro aporte, que reemplaza el borrador enviado por Ximena. Les pedimos que sea tratado como confidencial. // Álvaro Sepúlveda, Director
doc: pdf CDE_version_final.pdf
page: Seguridad privada en plantaciones de palma // Los guardias vigilan los caminos de acceso a las comunidades y registran a quienes entran.
order: 1 0
labels: C
superseded: yes
"""
