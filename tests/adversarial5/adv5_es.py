# ruff: noqa: E501 - whole messages, kept as written
"""The fifth collection's Spanish messages, and requests in Portuguese (layout:
adv5_cases.py)."""

TEXT = """
### refusal C | deseo negado en medio de un párrafo
From: María Fernanda López <mflopez@cdh-colombia.example>
Subject: Aporte de la Corporación de Derechos Humanos del Pacífico

Estimados miembros del Grupo de Trabajo:

Les hacemos llegar nuestro aporte sobre la presencia de empresas de seguridad privada en los territorios colectivos del Pacífico colombiano. No queremos que este documento se publique, porque varias de las personas entrevistadas siguen viviendo en la zona y han recibido amenazas.

Quedamos atentos.

María Fernanda López
Coordinadora, Corporación de Derechos Humanos del Pacífico
@@ pdf CDHP_aporte.pdf
Empresas de seguridad privada en territorios colectivos

Entre 2019 y 2022 documentamos 28 hechos de hostigamiento por parte de guardias de una empresa palmera.
%%
Recomendaciones: registro público de contratistas y mecanismo de quejas independiente.

### refusal C | carácter reservado en el asunto
From: Jorge Ramírez <jramirez@observatorio-seguridad.example>
Subject: RESERVADO - nota sobre contratistas en Honduras

Estimados:

Adjunto nuestra nota. Tiene carácter reservado y es solo para conocimiento del Grupo de Trabajo.

Jorge Ramírez
Observatorio de Seguridad Ciudadana
@@ docx OSC_nota.docx
Contratistas de seguridad en el Bajo Aguán

Guardias de empresas privadas participaron en desalojos en 2020 y 2021.

### refusal C | pasiva: no podrá ser difundido
From: Lucía Herrera <lucia.herrera@uba-derecho.example>
Subject: aporte - Herrera

Buenas tardes:

Envío mi aporte, que no podrá ser difundido ni citado, ya que forma parte de una tesis aún no defendida.

Lucía Herrera
Facultad de Derecho
@@ pdf Herrera_aporte.pdf
La regulación de la seguridad privada en el Cono Sur

Análisis comparado de las leyes de Argentina, Chile y Uruguay.

### refusal C | solo para uso interno del Grupo de Trabajo, en la firma
From: Andrés Castillo <acastillo@red-defensores.example>
Subject: Red de Defensores - aporte

Estimados miembros:

Adjuntamos nuestro aporte sobre la contratación de exmilitares como guardias en el extranjero.

Andrés Castillo
Red de Defensores de Derechos Humanos
Documento para uso interno del Grupo de Trabajo.
@@ docx RDDH_aporte.docx
Exmilitares contratados como guardias

Más de 400 exmilitares fueron reclutados entre 2018 y 2021 para trabajos de seguridad en Oriente Medio.

### refusal C | nota verbal: la presente comunicación tiene carácter confidencial
From: Misión Permanente de la República de Altamira <mision.altamira@cancilleria-altamira.example>
Subject: Nota verbal No. 2022-117

Se adjunta nota verbal de la Misión Permanente.
@@ pdf NV_Altamira_117.pdf
Nota No. 2022-117

La Misión Permanente de la República de Altamira ante la Oficina de las Naciones Unidas en Ginebra saluda atentamente a la Oficina del Alto Comisionado y, en relación con la convocatoria del Grupo de Trabajo sobre la utilización de mercenarios, tiene el honor de informar lo siguiente.

La República de Altamira no ha otorgado licencias a empresas militares privadas.
%%
La Misión Permanente solicita que la presente comunicación sea tratada con carácter confidencial y no sea publicada.

La Misión Permanente aprovecha la oportunidad para reiterar las seguridades de su más alta consideración.

### refusal C | mensaje posterior sin «RE:» que añade la negativa
From: Patricia Gómez <pgomez@mujeres-frontera.example>
Subject: Aporte de Mujeres de Frontera

Estimados:

Adjuntamos el aporte de Mujeres de Frontera sobre guardias privados en los centros de detención de migrantes.

Patricia Gómez
@@ pdf MF_aporte.pdf
Guardias privados en centros de detención de migrantes

Testimonios de 14 mujeres detenidas en 2021.
>>>
From: Patricia Gómez <pgomez@mujeres-frontera.example>
Subject: sobre nuestro documento

Estimados:

Olvidé decirles en el correo anterior: les pedimos que el documento no se publique. Las mujeres siguen en proceso migratorio.

Patricia

### refusal C | negación española: «no autorizamos»
From: Roberto Sánchez <rsanchez@fundacion-paz.example>
Subject: Aporte Fundación Paz y Justicia

Estimados señores:

Les remitimos el aporte de la Fundación. No autorizamos su publicación en el sitio web de la OACNUDH ni su difusión a terceros.

Atentamente,
Roberto Sánchez
@@ docx FPJ_aporte.docx
Aporte

Seguridad privada en zonas petroleras de la Amazonía.

### refusal C | petición en la página 3 del PDF
From: Carmen Vega <cvega@centro-estudios-andinos.example>
Subject: Informe sobre seguridad privada en la minería andina

Estimados miembros del Grupo de Trabajo:

Les enviamos nuestro informe.

Carmen Vega
Centro de Estudios Andinos
@@ pdf CEA_informe.pdf
Seguridad privada en la minería andina

Informe, marzo de 2022
%%
Los guardias de la mina detuvieron a comuneros durante una protesta en 2021.
%%
Nota sobre la difusión

Este informe se entrega al Grupo de Trabajo con carácter confidencial; no debe publicarse en el sitio web ni citarse en el informe.

### refusal C | carta de presentación adjunta con la petición
From: Diego Morales <dmorales@cdh-guatemala.example>
Subject: Envío del Centro de Derechos Humanos

Buen día, adjunto carta y aporte. Saludos, Diego Morales
@@ docx CDH_carta.docx
Carta al Grupo de Trabajo

Señoras y señores:

Les remitimos nuestro aporte con la solicitud expresa de que no sea publicado, ya que contiene información sobre un proceso penal en curso.

Diego Morales, Director
@@ pdf CDH_aporte.pdf
Aporte

Empresas de seguridad y desalojos en Izabal.

### refusal C | «favor no subirlo a la web», informal
From: Jessica Torres <jessitorres88@correo.example>
Subject: lo de mi papá

hola, mi papá trabajó de guardia en Irak con una empresa y nunca le pagaron el último año. les cuento para el informe pero favor no subirlo a la web ni nada, la empresa todavía existe.
Jessica

### refusal C | «este mensaje y su anexo» en el cuerpo
From: Álvaro Jiménez <ajimenez@paz-venezuela.example>
Subject: aporte sobre grupos armados

Estimados:

Adjunto el aporte. Les rogamos que este mensaje y su anexo se mantengan confidenciales; las fuentes corren riesgo.

Álvaro Jiménez
@@ docx PV_aporte.docx
Aporte

Presencia de contratistas armados extranjeros en la frontera.

### refusal C | respuesta bajo la cita de la convocatoria
From: Verónica Ruiz <vruiz@redmigrante.example>
Subject: RE: Convocatoria a aportes

Buenas tardes, va nuestro aporte. Por favor no publicarlo.
Verónica Ruiz, Red Migrante

El 12 de enero, GT Mercenarios escribió:
> El Grupo de Trabajo invita a los Estados y demás partes interesadas a enviar aportes.
> Los aportes se publicarán en el sitio web del ACNUDH salvo indicación contraria.
@@ pdf RedMigrante_aporte.pdf
Aporte

Seguridad privada en el control fronterizo.

### refusal C | «de ninguna manera» en una carta larga
From: Gabriela Ortiz <gortiz@cejil-like.example>
Subject: Aporte del Centro por la Justicia Regional

Estimadas y estimados miembros del Grupo de Trabajo:

El Centro por la Justicia Regional ha litigado durante una década casos de violaciones cometidas por contratistas de seguridad en Centroamérica. En el documento adjunto describimos tres de esos casos y los obstáculos que encontramos: inmunidades pactadas, pruebas en el extranjero y ausencia de jurisdicción sobre filiales.

De ninguna manera este documento debe hacerse público: dos de los casos siguen abiertos y las víctimas están bajo medidas de protección.

Saludos cordiales,
Gabriela Ortiz
Directora de Litigio
@@ docx CJR_aporte.docx
Aporte

Tres casos litigados y los obstáculos encontrados.

### refusal C | empresa: información comercial sensible
From: Asesoría Jurídica Custodia SA <juridico@custodia-sa.example>
Subject: Respuesta de Custodia SA

Estimados:

Custodia SA remite su respuesta, que contiene información comercial sensible y se entrega a condición de que no se divulgue ni se publique.

Asesoría Jurídica
@@ pdf Custodia_respuesta.pdf
Respuesta de Custodia SA

Operamos en seis países con 5.000 guardias.

### refusal C | «off the record» en español, registro periodístico
From: Martín Aguirre <martin.aguirre@periodistas-libres.example>
Subject: datos sobre un reclutador

Hola equipo:

Soy periodista. Lo que sigue es off the record: no para publicación y sin atribución. Un reclutador de Bogotá contrató a 40 exsoldados para una operación en el extranjero en 2021, con pasajes pagados por una empresa registrada en Florida.

Martín

### refusal C | en el pie de página del documento
From: Silvia Navarro <snavarro@clinica-juridica.example>
Subject: Aporte de la Clínica Jurídica

Estimados:

La Clínica Jurídica envía su aporte adjunto.

Silvia Navarro
@@ docx Clinica_aporte.docx | Documento reservado - prohibida su difusión
Aporte de la Clínica Jurídica

Vacíos en la ley penal sobre mercenarismo.

### refusal C | ni publicar ni compartir con el Estado
From: Hernán Paredes <hparedes@defensoria-indigena.example>
Subject: Aporte de la Defensoría Indígena

Estimados:

Les enviamos nuestro aporte. No debe publicarse ni compartirse con el Estado, por razones de seguridad de las comunidades.

Hernán Paredes
@@ pdf DI_aporte.pdf
Aporte

Guardias privados en territorios indígenas.

### refusal C | «discreción» con negativa explícita
From: Adriana Mejía <amejia@fundacion-memoria.example>
Subject: testimonios de familias

Estimados:

Les enviamos los testimonios. Les pedimos máxima discreción: no los hagan públicos.

Adriana Mejía
@@ docx Testimonios_familias.docx
Testimonios

Familias de exsoldados reclutados para Emiratos Árabes Unidos.

### refusal C | dos líneas, un particular
From: Pedro Quispe <pedroquispe@correo-andino.example>
Subject: mi hijo

Mi hijo fue contratado como guardia para ir a Irak y no volvió. Quiero que el Grupo lo sepa, pero esto no se publica, por favor.

### refusal/pt C | recusa em português no corpo
From: Luiz Fernando Costa <lfcosta@justica-global-br.example>
Subject: Contribuição sobre segurança privada no Brasil

Prezados membros do Grupo de Trabalho,

Encaminhamos em anexo a nossa contribuição sobre empresas de segurança privada e milícias. Solicitamos que ela não seja publicada nem divulgada, pois contém relatos de testemunhas ameaçadas.

Atenciosamente,
Luiz Fernando Costa
@@ pdf JGB_contribuicao.pdf
Empresas de segurança privada e milícias

Casos documentados no Rio de Janeiro entre 2018 e 2022.

### refusal/pt C | uso restrito ao Grupo de Trabalho, em português
From: Mariana Oliveira <mariana.oliveira@conectas-like.example>
Subject: Contribuição - uso restrito

Prezados,

Segue a nossa contribuição, de uso restrito do Grupo de Trabalho. Não autorizamos a sua publicação.

Mariana Oliveira
@@ docx Contribuicao_uso_restrito.docx
Contribuição

Segurança privada em presídios brasileiros.

### anonymity A | reserva de identidad (término jurídico)
names: Asociación de Familiares de Desaparecidos del Norte; AFADEN; Rosa Elena Paz; R. E. Paz
From: Rosa Elena Paz <rosaelena@afaden.example>
Subject: Aporte AFADEN

Estimados:

La Asociación de Familiares de Desaparecidos del Norte remite su aporte. Puede publicarse, pero solicitamos reserva de identidad para la asociación y sus integrantes.

Rosa Elena Paz
AFADEN
@@ pdf AFADEN_aporte.pdf
Aporte

Desapariciones atribuidas a guardias de una empresa minera.

Rosa Elena Paz, AFADEN

### anonymity A | razones de seguridad
names: Juan Carlos Mamani; J. C. Mamani; Mamani
From: Juan Carlos Mamani <jcmamani@correo-bolivia.example>
Subject: testimonio

Buenas,

Les mando mi testimonio. Pueden usarlo y publicarlo, pero por mi seguridad no quiero que aparezca mi nombre en ningún lado.

Trabajé dos años como guardia de una empresa que cuidaba una mina en Potosí. Nos ordenaban disparar al aire cuando llegaban los comunarios.

Juan Carlos Mamani

### anonymity A | publicar, pero dejar fuera a la asociación
names: Asociación Vecinal San Rafael; Ernesto Villalobos; E. Villalobos
From: Ernesto Villalobos <evillalobos@vecinos-sanrafael.example>
Subject: lo que vivimos en San Rafael

Hola:

Les mandamos lo que vivimos cuando llegó la empresa de seguridad. Pueden publicarlo, pero dejen a la Asociación Vecinal San Rafael fuera de esto, por favor; seguimos viviendo al lado de la planta.

Los guardias cerraron el camino al río y cobran por pasar.

Ernesto Villalobos

### anonymity A | «sin mencionar nuestro nombre»
names: Colectivo Tierra Viva; CTV; Mónica Salazar; M. Salazar
From: Mónica Salazar <msalazar@tierraviva.example>
Subject: Aporte Colectivo Tierra Viva

Estimados:

Adjuntamos nuestro aporte. Se puede publicar sin mencionar nuestro nombre ni el del colectivo.

Mónica Salazar
Colectivo Tierra Viva (CTV)
@@ docx CTV_aporte.docx
Aporte

Guardias privados en plantaciones de palma.

Colectivo Tierra Viva

### anonymity A | mensaje posterior pide el anonimato
names: Raúl Fernández; R. Fernández; Fernández
From: Raúl Fernández <raul.fernandez@correo-peru.example>
Subject: Aporte de Raúl Fernández

Estimados:

Les envío mi aporte sobre los guardias en los proyectos mineros del sur.

Raúl Fernández
@@ pdf Fernandez_aporte.pdf
Aporte de Raúl Fernández

Guardias en los proyectos mineros del sur del Perú.
>>>
From: Raúl Fernández <raul.fernandez@correo-peru.example>
Subject: una petición

Estimados:

Si publican mi aporte, les ruego que quiten mi nombre. He recibido llamadas de la empresa.

R. Fernández

### anonymity A | formulario: anónimo
names: Carolina Rojas; C. Rojas; Rojas
From: Carolina Rojas <carolina.rojas@correo-chile.example>
Subject: formulario

Hola, adjunto el formulario. Carolina Rojas
@@ docx Formulario_Rojas.docx
Formulario de aporte

Nombre: Carolina Rojas

¿Autoriza la publicación de su aporte? Sí, de forma anónima

Aporte: guardias privados en las protestas de 2019.

### anonymity A | empresa: sin identificarnos
names: Escolta Global SRL; Escolta Global
From: Cumplimiento Escolta Global <cumplimiento@escoltaglobal.example>
Subject: Respuesta a la convocatoria

Estimados:

Escolta Global SRL remite su respuesta. No nos oponemos a su publicación siempre que no se identifique a la empresa.

Área de Cumplimiento
Escolta Global SRL
@@ pdf EG_respuesta.pdf
Respuesta de un proveedor de escoltas

Subcontratamos seguridad en tres países.

Escolta Global SRL

### anonymity A | defensora: «sin que se me identifique»
names: Lorena Ixcot; L. Ixcot; Ixcot
From: Lorena Ixcot <lorena.ixcot@defensoras-gt.example>
Subject: aporte de una defensora

Estimados:

Soy defensora de la tierra en Alta Verapaz. Pueden publicar lo que les cuento, siempre que no se me identifique: ni mi nombre ni mi comunidad.

Los guardias de la hidroeléctrica nos han amenazado tres veces este año.

Lorena Ixcot

### anonymity/pt A | anonimato pedido em português
names: Francisca Souza; F. Souza; Souza
From: Francisca Souza <francisca.souza@correio-br.example>
Subject: depoimento

Prezados,

Podem publicar o meu depoimento, mas sem o meu nome, por favor. Tenho medo de represálias.

Meu marido trabalhou numa empresa de segurança que guardava uma fazenda no Pará. Ele foi obrigado a expulsar famílias.

Francisca Souza

### consent P | «no tenemos inconveniente en que se publique»
From: Defensoría del Pueblo de la República <secretaria@defensoria-rep.example>
Subject: Aporte de la Defensoría del Pueblo

Estimados señores:

La Defensoría del Pueblo remite su aporte. No tenemos inconveniente en que se publique en el sitio web de la OACNUDH.

Secretaría General
@@ pdf Defensoria_aporte.pdf
Aporte de la Defensoría del Pueblo

Quejas recibidas contra guardias privados: 112 en 2021.

### consent P | nota verbal: no tiene objeción
From: Misión Permanente de Costa Serena <ginebra@costaserena-mre.example>
Subject: Nota verbal - respuesta al cuestionario

Se adjunta nota verbal.
@@ docx NV_CostaSerena.docx
La Misión Permanente de Costa Serena saluda atentamente a la Secretaría del Grupo de Trabajo y tiene el honor de remitir la respuesta del Gobierno al cuestionario.

El Gobierno no tiene objeción a la publicación de la presente respuesta.

La Misión Permanente de Costa Serena hace propicia la ocasión para reiterar a la Secretaría las seguridades de su consideración más distinguida.

### consent P | «pueden publicarlo» en la posdata
From: Felipe Navarro <fnavarro@universidad-chile.example>
Subject: aporte académico

Estimados:

Adjunto mi aporte sobre la regulación de la seguridad privada en Chile.

Saludos,
Felipe Navarro

P.D.: pueden publicarlo sin problema.
@@ pdf Navarro_aporte.pdf
La regulación de la seguridad privada en Chile

Análisis de la ley de 2021.

### consent P | consentimiento en la firma
From: Daniela Cruz <dcruz@observatorio-dh.example>
Subject: aporte Observatorio DH

Estimados:

Enviamos el aporte del Observatorio.

Daniela Cruz
Observatorio de Derechos Humanos
Aporte publicable.
@@ docx ODH_aporte.docx
Aporte

Seguridad privada en barrios cerrados.

### consent P | casilla marcada en el formulario
From: Ricardo Flores <rflores@red-juridica.example>
Subject: cuestionario

Buenas, adjunto respuestas. Ricardo Flores
@@ docx Cuestionario_Flores.docx
Respuestas al cuestionario

1. ¿Regula su país las empresas militares privadas? Parcialmente.

¿Autoriza la publicación de sus respuestas? [X] Sí  [ ] No

### consent P | un segundo mensaje levanta la reserva
From: Valeria Méndez <vmendez@ong-puentes.example>
Subject: Aporte Puentes (por favor no publicar todavía)

Estimados:

Adjunto nuestro aporte. Por favor no lo publiquen todavía, falta la aprobación de la junta.

Valeria Méndez
@@ pdf Puentes_aporte.pdf
Aporte

Guardias privados en hospitales públicos.
>>>
From: Valeria Méndez <vmendez@ong-puentes.example>
Subject: aprobación de la junta

Estimados:

La junta ya aprobó el aporte: pueden publicarlo tal cual.

Valeria

### consent P | «queremos que se difunda»
From: Tomás Benítez <tbenitez@madres-soldados.example>
Subject: Aporte de Madres de Soldados

Estimados:

Queremos que nuestro aporte se difunda lo más posible: las familias merecen que se sepa.

Tomás Benítez
Madres de Soldados
@@ pdf MdS_aporte.pdf
Aporte

Exsoldados reclutados para conflictos en el extranjero.

### consent P | dos líneas, autorización
From: Elena Sosa <esosa@instituto-estrategico.example>
Subject: aporte Sosa

Adjunto aporte; autorizo su publicación. Elena Sosa, Instituto Estratégico
@@ docx Sosa_aporte.docx
Aporte

Tipología de empresas de seguridad en América Latina.

### consent P | cuerpo largo, consentimiento al final
From: Ignacio Ferrer <iferrer@catedra-dih.example>
Subject: Aporte de la Cátedra de Derecho Internacional Humanitario

Estimados miembros del Grupo de Trabajo:

La Cátedra organizó en 2021 un seminario sobre la responsabilidad de los Estados por los actos de las empresas militares privadas que contratan. Se debatieron la atribución, la debida diligencia del Estado de origen y la jurisdicción de los tribunales nacionales.

Los participantes coincidieron en que el criterio del control efectivo deja impunes la mayoría de los actos de subcontratistas.

Autorizamos la publicación de este aporte en la página web de la Oficina.

Ignacio Ferrer
Director de la Cátedra

### consent P | con su nombre
From: Alfonso Medina <amedina@abogados-medina.example>
Subject: aporte de un abogado

Estimados:

Envío mi aporte. Pueden publicarlo con mi nombre.

Alfonso Medina
@@ docx Medina_aporte.docx
Aporte

Procesos penales contra guardias privados en México.

### consent P | Ministerio: puede hacerse público
From: Ministerio de Relaciones Exteriores de Valdivia <dgdh@mre-valdivia.example>
Subject: Respuesta de la República de Valdivia

Estimados:

Se remite la respuesta de la República de Valdivia, que puede hacerse pública.

Dirección General de Derechos Humanos
@@ pdf Valdivia_respuesta.pdf
Respuesta

La Ley 20.111 prohíbe el mercenarismo.

### consent/pt P | consentimento em português
From: Beatriz Almeida <beatriz.almeida@uni-lisboa.example>
Subject: contribuição académica

Caros membros do Grupo de Trabalho,

Envio em anexo a minha contribuição. Autorizo a sua publicação no sítio do ACNUDH.

Beatriz Almeida
@@ pdf Almeida_contribuicao.pdf
Contribuição

Empresas de segurança privada portuguesas em Moçambique.

### conditional U | embargo hasta una fecha
From: Mariela Acosta <macosta@transparencia-seguridad.example>
Subject: aporte con embargo

Estimados:

Nuestro aporte no puede publicarse antes del 20 de mayo, fecha del lanzamiento de nuestro informe.

Mariela Acosta
@@ pdf TS_aporte.pdf
Aporte

Contratación pública de servicios de seguridad.

### conditional U | solo el resumen
From: Óscar Delgado <odelgado@centro-politicas.example>
Subject: documento del Centro de Políticas

Estimados:

Se puede publicar el resumen ejecutivo; el resto del documento es solo para el Grupo.

Óscar Delgado
@@ docx CP_documento.docx
Resumen ejecutivo

Reclutamiento de exmilitares.
%%
Documento completo

Fuentes y entrevistas.

### conditional U | previa eliminación de nombres de testigos
From: Natalia Pineda <npineda@justicia-ya.example>
Subject: Aporte Justicia Ya

Estimados:

Pueden publicarlo una vez eliminados los nombres de los testigos del anexo 2.

Natalia Pineda
@@ pdf JY_aporte.pdf
Aporte

Anexo 2: testigos.

### conditional U | sujeto a aprobación de la dirección
From: Javier Ibáñez <jibanez@fundacion-horizonte.example>
Subject: aporte Fundación Horizonte

Estimados:

Adjunto nuestro aporte. Su publicación queda sujeta a la aprobación de nuestra directora; les confirmaré.

Javier Ibáñez
@@ docx FH_aporte.docx
Aporte

Empresas de seguridad en puertos.

### conditional U | «con discreción», sin más
From: Ramón Esteban <resteban@veeduria-ciudadana.example>
Subject: algunos datos

Estimados, les paso algunos datos para usar con discreción. Ramón Esteban
@@ pdf Esteban_datos.pdf
Datos

Contratos de seguridad en el municipio.

### conflict U | consentimiento en el cuerpo, «CONFIDENCIAL» en el documento
From: Alberto Ríos <arios@red-paz-colombia.example>
Subject: aporte Red Paz

Estimados:

Nuestro aporte puede publicarse.

Alberto Ríos
@@ pdf RedPaz_aporte.pdf | CONFIDENCIAL
Aporte

Exmilitares colombianos en conflictos extranjeros.

### conflict U | formulario «Sí», carta «no publicar»
From: Inés Carrasco <icarrasco@alianza-dh.example>
Subject: envío Alianza DH

Hola, adjunto. Inés Carrasco
@@ docx Alianza_carta.docx
Carta

Les pedimos que no publiquen nuestro aporte.

Inés Carrasco
@@ docx Alianza_formulario.docx
Formulario

Publicación autorizada: Sí

### conflict U | segundo mensaje que duda
From: Manuel Soto <msoto@colectivo-sur.example>
Subject: aporte Colectivo Sur

Estimados:

Va nuestro aporte, que pueden publicar.

Manuel Soto
@@ pdf Sur_aporte.pdf
Aporte

Guardias privados en escuelas.
>>>
From: Manuel Soto <msoto@colectivo-sur.example>
Subject: espera

Estimados:

Un socio nos pidió pensarlo mejor. ¿Pueden esperar antes de hacer algo con el aporte?

Manuel

### conflict U | testigos no identificables, autor callado
From: Rocío Peña <rpena@accion-legal.example>
Subject: testimonios

Estimados:

Si publican, las personas entrevistadas no deben poder ser reconocidas. Revisen los detalles antes, por favor.

Rocío Peña
@@ docx Pena_testimonios.docx
Testimonios

Testigo 1, guardia de 38 años, de Tumbes.

### conflict U | «preferiríamos que no circule mucho»
From: Gonzalo Varela <gvarela@instituto-paz.example>
Subject: reflexiones

Estimados:

Algunas reflexiones. Preferiríamos que no circulen demasiado por ahora.

Gonzalo Varela
@@ pdf Varela_reflexiones.pdf
Reflexiones

Las empresas privadas y la formación de fuerzas armadas.

### conflict U | petición en portugués solo en el documento, sobre una parte
From: Sebastián Lima <slima@frontera-dh.example>
Subject: aporte sobre la triple frontera

Estimados:

Adjunto nuestro aporte.

Sebastián Lima
@@ pdf TripleFrontera_aporte.pdf
Contribuição

Os relatos em anexo não podem ser divulgados.

Seguridad privada en la triple frontera.

### conflict U | «solo para el Grupo, aunque pueden citar partes»
From: Cristina Vallejo <cvallejo@cedes-like.example>
Subject: documento para el Grupo

Estimados:

Este documento es para el Grupo de Trabajo, aunque pueden citar partes en el informe.

Cristina Vallejo
@@ docx Vallejo_documento.docx
Documento

Controles de identidad por guardias privados.

### disclaimer S | aviso legal al pie, después de la firma
From: Federico Luna <fluna@camara-seguridad.example>
Subject: Aporte de la Cámara de Empresas de Seguridad

Estimados:

La Cámara envía su aporte sobre la formación de los guardias.

Federico Luna
Gerente

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a su destinatario. Si lo ha recibido por error, notifíquelo al remitente y elimínelo.
@@ pdf CES_aporte.pdf
Aporte

Formación de 120 horas.

### silent S | publicación de una ley en el Diario Oficial
From: Ministerio del Interior de Montalbán <asuntos.juridicos@interior-montalban.example>
Subject: Respuesta de Montalbán

Estimados:

La Ley 45 de 2020 sobre servicios de vigilancia privada fue publicada en el Diario Oficial el 3 de marzo de 2020. Se adjunta el texto.

Dirección de Asuntos Jurídicos
@@ docx Ley_45_2020.docx
Ley 45 de 2020

Artículo 50. La presente ley rige desde su publicación en el Diario Oficial.

### silent S | informante confidencial y contratos reservados
From: Laura Ospina <lospina@investigacion-sur.example>
Subject: aporte investigativo

Estimados:

Un informante confidencial nos describió los contratos reservados entre la empresa y el Ministerio de Defensa. Nuestro aporte resume lo verificado.

Laura Ospina
@@ pdf IS_aporte.pdf
Aporte

Contratos de defensa y empresas privadas.

### silent S | informe filtrado a la prensa
From: Eduardo Prado <eprado@transparencia-defensa.example>
Subject: sobre el informe filtrado

Estimados:

El informe de la contraloría, filtrado a la prensa el año pasado, mostraba pagos a contratistas armados extranjeros. Nuestro aporte resume sus conclusiones.

Eduardo Prado
@@ docx TD_aporte.docx
Aporte

Conclusiones del informe de la contraloría.

### silent S | aporte simple
From: Pilar Reyes <preyes@universidad-costa.example>
Subject: aporte

Estimados, adjunto mi aporte sobre seguridad privada en Centroamérica. Saludos, Pilar Reyes
@@ pdf Reyes_aporte.pdf
Aporte

Seguridad privada en Centroamérica.

### silent S | contratación pública y control público
From: Antonio Gil <agil@observatorio-contratos.example>
Subject: contratación pública de seguridad

Estimados:

La contratación pública de servicios de seguridad escapa al control público en la mayoría de los países de la región. Recomendamos publicar los contratos y la identidad de los subcontratistas.

Antonio Gil
Observatorio de Contratos

### silent S | sentencia cuya publicación fue denegada
From: Marta Cabrera <mcabrera@abogados-cabrera.example>
Subject: jurisprudencia

Estimados:

El tribunal denegó la publicación de su sentencia de 2020 en el caso de los exsoldados reclutados. Les enviamos un resumen elaborado a partir de la audiencia.

Marta Cabrera
@@ docx Resumen_sentencia.docx
Resumen

El tribunal condenó a dos reclutadores.

### silent S | testigos pidieron a periodistas no publicar sus nombres
From: Hugo Barrios <hbarrios@sindicato-prensa.example>
Subject: aporte del Sindicato de Prensa

Estimados:

Nuestros periodistas cubrieron el tiroteo en la mina en 2021. Los testigos pidieron a los periodistas no publicar sus nombres y los medios lo respetaron. Adjuntamos un resumen de lo publicado.

Hugo Barrios
@@ pdf SP_resumen.pdf
Resumen

Guardias de una empresa dispararon contra mineros artesanales.

### silent S | nota verbal sin petición
From: Misión Permanente de Sierra Alta <mision@sierraalta-ginebra.example>
Subject: Nota verbal 2022-31

Se adjunta nota verbal.
@@ pdf NV_SierraAlta.pdf
La Misión Permanente de Sierra Alta saluda atentamente a la Oficina del Alto Comisionado y tiene el honor de informar que Sierra Alta no permite empresas militares privadas en su territorio.

La Misión Permanente de Sierra Alta aprovecha la ocasión para renovar a la Oficina el testimonio de su alta consideración.

### plea N | pedido de ayuda personal
From: Wilmer Chávez <wilmerchavez90@correo.example>
Subject: ayuda urgente

Señores de la ONU:

Soy Wilmer Chávez, estoy detenido en el centro de migrantes desde hace dos meses, expediente 2022-7781. Los guardias de la empresa me quitaron mis papeles. Ayúdenme por favor, no le digan a los guardias que les escribí.

### newsletter N | boletín
From: Boletín Paz <boletin@boletinpaz.example>
Subject: Boletín Paz n.º 32 - novedades, agenda y empleos

En este número: nuestra nueva publicación, la agenda del mes y dos vacantes.

Recibe este correo porque está suscrito. Darse de baja.

### invitation N | invitación a un seminario
From: Secretaría del Seminario <seminario@facultad-derecho.example>
Subject: Invitación - seminario sobre mercenarismo

Estimados:

Invitamos a los miembros del Grupo de Trabajo a nuestro seminario del 8 de junio en Buenos Aires. Favor confirmar asistencia.

### phishing N | suplantación
From: Soporte Correo <soporte@correo-naciones.example>
Subject: Su cuenta será suspendida

Estimado usuario: su cuenta será suspendida en 24 horas. Haga clic aquí para verificar su contraseña: http://correo-naciones.example/verificar

### autoreply N | respuesta automática
From: Sofía Herrera <sherrera@ong-esperanza.example>
Subject: Respuesta automática: convocatoria

Estoy fuera de la oficina hasta el 5 de abril. Para urgencias, escriba a info@ong-esperanza.example.

### question N | pregunta sobre la publicación antes de enviar
From: Camilo Duarte <cduarte@red-jovenes.example>
Subject: consulta

Buenas, ¿los aportes se publican siempre? Todavía no enviamos nada, queremos saberlo antes. Gracias, Camilo Duarte

### refusal C | cuerpo HTML: «no» en negrita
From: Ana Lucía Torres <altorres@ninez-libre.example>
Subject: Niñez Libre - aporte

<html><body><p>Estimados:</p><p>Por favor <b>no</b> <a href="https://ninez-libre.example">publiquen</a> este aporte: los niños mencionados son reconocibles.</p><p>Reclutadores ofrecieron a adolescentes trabajos de vigilancia en fincas.</p><p>Ana Lucía Torres</p></body></html>

### refusal C | cuerpo con encabezado de memorando
From: Esteban Rivas <erivas@fiscalia-norte.example>
Subject: remisión

De: Fiscalía Especializada
Para: Grupo de Trabajo sobre mercenarios
Fecha: 15 de marzo de 2022
Asunto: Investigaciones sobre reclutadores

El presente documento se remite con carácter reservado y no debe hacerse público.

Hay dos investigaciones abiertas contra reclutadores de exmilitares.

Esteban Rivas

### refusal C | reenvío en línea con la petición en el mensaje original
From: Marisol Cárdenas <mcardenas@red-mujeres-andinas.example>
Subject: RV: aporte Red de Mujeres Andinas

Les reenvío el mensaje por si no llegó.

---------- Mensaje reenviado ---------
De: Marisol Cárdenas <mcardenas@red-mujeres-andinas.example>
Fecha: lunes, 7 de marzo de 2022
Asunto: aporte Red de Mujeres Andinas

Estimados:

Adjunto nuestro aporte. Les pedimos que no sea publicado.

Marisol Cárdenas
@@ pdf RMA_aporte.pdf
Aporte

Mujeres guardias en empresas mineras.

### anonymity A | «publíquese de forma anónima»
names: Héctor Villanueva; H. Villanueva; Villanueva
From: Héctor Villanueva <hvillanueva@correo-mx.example>
Subject: aporte de un exguardia

Estimados:

Mi aporte va adjunto. Publíquese de forma anónima, por favor.

Héctor Villanueva
@@ docx Villanueva_aporte.docx
Aporte

Condiciones de trabajo en una empresa de escoltas en Monterrey.

Héctor Villanueva

### consent P | «damos nuestro consentimiento»
From: Beatriz Luna <bluna@foro-ciudadano.example>
Subject: aporte Foro Ciudadano

Estimados:

Damos nuestro consentimiento para la publicación del aporte adjunto.

Beatriz Luna
Foro Ciudadano
@@ pdf FC_aporte.pdf
Aporte

Seguridad privada en el transporte público.

### conditional U | no antes del fin del juicio
From: Julián Cortés <jcortes@abogados-victimas.example>
Subject: aporte - caso en juicio

Estimados:

Pueden publicar nuestro aporte cuando termine el juicio oral, no antes.

Julián Cortés
@@ docx Cortes_aporte.docx
Aporte

Juicio contra una empresa de seguridad por homicidio.
"""
