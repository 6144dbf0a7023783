# ruff: noqa: E501 - the messages are data, kept one paragraph to a line
"""The sixth collection's French cases (the format is described in `adv6_cases.py`)."""

FR = """
=== fwd fr C
note: transfert en ligne ; le message d'origine (du même expéditeur) demande la confidentialité
from: Aminata Diallo | Association malienne des droits humains | a.diallo@amdh-ml.example
subject: Contribution de l'AMDH - sociétés de sécurité à Kidal
outer: Bonjour, je vous renvoie ci-dessous notre message du 24 février, resté sans réponse.
body: Madame, Monsieur, // Veuillez trouver ci-joint la contribution de l'AMDH sur les agents de sécurité privés recrutés autour des sites miniers de la région de Kidal. // Nous vous demandons de traiter ce document de manière confidentielle et de ne pas le publier, les témoins restant sur place. // Cordialement,
doc: pdf AMDH_contribution_Kidal.pdf
page: Agents de sécurité privés autour des sites miniers de Kidal // Quinze orpailleurs ont décrit des extorsions aux points de contrôle tenus par des agents privés.

=== fwd fr P
note: transfert en ligne ; le message transféré autorise la publication
from: Julien Marchetti | Observatoire des armements privés | j.marchetti@oap.example
subject: Note de l'Observatoire pour l'appel à contributions
outer: Je me permets de vous faire suivre à nouveau notre note, l'envoi initial comportait une erreur d'adresse.
body: Mesdames et Messieurs, // L'Observatoire vous transmet sa note sur l'encadrement des exportations de services de sécurité. // Nous autorisons sa mise en ligne sur le site du Haut-Commissariat. // Bien à vous,
doc: docx OAP_note_exportations.docx
page: L'encadrement des exportations de services de sécurité // Le régime français de contrôle ne vise que les matériels, non les prestations.

=== fwd fr A
note: transfert en ligne ; le message d'origine demande l'anonymat (« identité réservée »)
from: Pierre-Yves Lemaire | | pylemaire.perso@courriel.example
subject: Témoignage d'un ancien agent de protection
outer: Je renvoie depuis mon adresse personnelle, voir plus bas.
body: Bonjour, // J'ai travaillé quatre ans pour une société de protection de navires dans l'océan Indien. Je décris ci-dessous les tirs de sommation et l'absence de rapports. // Vous pouvez publier ce témoignage, sous réserve que mon identité reste réservée. // P.-Y. L.
names: Pierre-Yves Lemaire; P.-Y. Lemaire; Lemaire

=== fwd fr U
note: transfert en ligne ; le texte transféré dit « diffusion à voir avec notre conseil d'administration »
from: Odile Fournier | Collectif Sahel Vigilance | o.fournier@csv-ne.example
subject: Contribution du Collectif
outer: Je vous refais suivre, bonne réception.
body: Madame, Monsieur, // Ci-joint notre contribution sur les escortes armées privées des convois miniers au Niger. La question de sa diffusion reste à voir avec notre conseil d'administration. // Cordialement,
doc: pdf CSV_escortes_convois.pdf
page: Escortes armées privées des convois miniers // Les escortes sont assurées par d'anciens militaires sous contrat de droit privé.

=== fwd fr S
note: transfert en ligne sans rien sur la publication
from: Bernard Lacroix | Faculté de droit, Université de Lyon-Sud | b.lacroix@fdls.example
subject: Article sur la responsabilité des donneurs d'ordre
outer: Chers collègues, je vous transfère le message que je vous avais adressé, avec la pièce jointe cette fois.
body: Madame, Monsieur, // Vous trouverez ci-joint un article sur la responsabilité des entreprises donneuses d'ordre pour les actes de leurs prestataires de sécurité à l'étranger. // Bien cordialement,
doc: pdf Lacroix_responsabilite_donneurs_ordre.pdf
page: La responsabilité des donneurs d'ordre // La loi sur le devoir de vigilance couvre les sous-traitants avec lesquels existe une relation commerciale établie.

=== fwd fr N
note: transfert d'une demande de renseignements sur le formulaire, pas une contribution
from: Clémence Arnaud | Ligue des droits de la personne | c.arnaud@ldp-be.example
subject: Question sur le format
outer: Je relance ma question ci-dessous.
body: Bonjour, // Pourriez-vous nous indiquer si les contributions peuvent dépasser dix pages et si les annexes sont comptées ? // Merci d'avance,

=== fwdatt fr C
note: transfert en pièce jointe ; le texte extérieur demande que le document ne soit pas rendu public
from: Mathilde Rousseau | Comité de soutien aux travailleurs migrants | direction@cstm.example
subject: Contribution du CSTM - agents de sécurité recrutés à l'étranger
outer: Madame, Monsieur, // Je vous fais suivre le message de notre chargé de plaidoyer. Je vous prie de ne pas rendre ce document public : plusieurs travailleurs y sont reconnaissables. // La directrice,
inner: Karim Benali | k.benali@cstm.example
body: Bonjour, // Voici notre contribution sur les agents de sécurité recrutés au Maroc pour des chantiers au Qatar. // Karim
doc: docx CSTM_agents_recrutes.docx
page: Agents de sécurité recrutés au Maroc // Les agents signent deux contrats différents, l'un au départ, l'autre à l'arrivée.

=== fwdatt fr P
note: transfert en pièce jointe ; le texte extérieur autorise la publication
from: Étienne Girard | Centre d'études sur la sécurité internationale | e.girard@cesi.example
subject: Note du CESI
outer: Chers collègues, // Je vous transfère la note envoyée par notre doctorante. Le Centre ne voit aucune objection à sa publication sur votre site. // Étienne Girard
inner: Sarah Benhamou | s.benhamou@cesi.example
body: Madame, Monsieur, // Veuillez trouver ci-joint une note sur les sociétés militaires privées en République centrafricaine. // Sarah Benhamou
doc: pdf CESI_note_RCA.pdf
page: Sociétés militaires privées en République centrafricaine // Des instructeurs étrangers accompagnent les forces armées lors d'opérations.

=== fwdatt fr A
note: transfert en pièce jointe ; le texte extérieur demande de publier sans le nom de la victime
from: Hélène Moreau | Avocats sans frontières locales | h.moreau@asfl.example
subject: Témoignage transmis
outer: Madame, Monsieur, // Je vous transmets le courriel de mon client. Il accepte que son témoignage soit publié, à condition que son nom n'apparaisse pas. // Me Hélène Moreau
inner: Abdoulaye Traoré | a.traore.temoin@courriel.example
body: Madame, Monsieur, // J'ai été détenu trois jours par des gardes d'une société privée sur le site d'une mine d'or, sans être présenté à un juge. // Abdoulaye Traoré
names: Abdoulaye Traoré; A. Traoré; Traoré

=== fwdatt fr U
note: transfert en pièce jointe ; le texte extérieur demande « un usage prudent »
from: Gilles Perrin | Réseau des défenseurs du Golfe de Guinée | g.perrin@rdgg.example
subject: Rapport de mission
outer: Bonjour, // Voici le rapport de mission transmis par notre équipe. Merci d'en faire un usage prudent. // Gilles
inner: Équipe mission | mission@rdgg.example
body: Gilles, ci-joint le rapport de mission à Douala. // L'équipe
doc: pdf RDGG_rapport_Douala.pdf
page: Rapport de mission à Douala // Les gardes armés des navires déchargent leurs armes dans des armureries flottantes.

=== fwdatt fr S
note: transfert en pièce jointe sans rien sur la publication
from: Laurence Bertin | Institut de recherche sur la paix | l.bertin@irp.example
subject: Notre contribution
outer: Madame, Monsieur, // Veuillez trouver en pièce jointe le message envoyé par notre institut le 20 février. // Laurence Bertin
inner: Laurence Bertin | l.bertin@irp.example
body: Madame, Monsieur, // L'Institut vous adresse sa contribution sur la formation des agents de sécurité privée en Afrique de l'Ouest. // Laurence Bertin
doc: docx IRP_formation_agents.docx
page: La formation des agents de sécurité privée // La durée de formation obligatoire varie de zéro à 120 heures selon les États.

=== fwdatt fr C
note: transfert en pièce jointe ; le texte extérieur précise « à l'usage exclusif du Groupe de travail »
from: Yannick Mbarga | Observatoire des industries extractives | y.mbarga@oie-cm.example
subject: Étude de cas
outer: Bonjour, // Je vous transfère l'étude envoyée par notre collègue. Elle est destinée à l'usage exclusif du Groupe de travail et ne doit pas être diffusée. // Yannick
inner: Sandrine Eto | s.eto@oie-cm.example
body: Bonjour, // Ci-joint l'étude de cas sur la sécurité d'une exploitation forestière dans l'Est. // Sandrine
doc: pdf OIE_etude_cas.pdf
page: Étude de cas : une exploitation forestière dans l'Est // Les gardes ont incendié deux campements de chasseurs.

=== bottom fr C
note: réponse sous la citation de l'appel ; demande de ne pas publier
from: François Kabila | Groupe Lotus | f.kabila@lotus-rdc.example
subject: RE: Appel à contributions - sociétés militaires et de sécurité privées
quote: Le Groupe de travail invite les États et les autres parties prenantes à soumettre des contributions. // Les contributions seront publiées sur le site du HCDH, sauf demande contraire.
body: Madame, Monsieur, // Ci-joint notre contribution. Nous demandons qu'elle ne soit pas publiée, car elle cite des responsables de sites miniers. // François Kabila
doc: docx Lotus_contribution.docx
page: Sécurité privée sur les sites miniers du Sud-Kivu // Des gardes ont détenu des creuseurs dans des conteneurs.

=== bottom fr P
note: réponse sous la citation ; accord à la publication
from: Nathalie Ouellet | Chaire de recherche sur la sécurité humaine | n.ouellet@crsh-qc.example
subject: RE: Appel à contributions
quote: Veuillez indiquer si vous consentez à la publication de votre contribution.
body: Bonjour, // Oui, nous consentons à la publication de notre contribution, jointe au présent courriel. // Nathalie Ouellet
doc: pdf CRSH_contribution.pdf
page: La sécurité humaine et les prestataires privés // Les prestataires canadiens opèrent dans 30 pays.

=== bottom fr A
note: réponse sous la citation ; publier sans le nom
from: Samir Bouzid | | samir.bouzid@courriel.example
subject: RE: appel
quote: Les contributions seront publiées sur le site du HCDH, sauf demande contraire.
body: Bonjour, // J'ai été garde dans un centre de rétention géré par une entreprise privée. Mon récit est joint. Vous pouvez le publier mais sans mon nom s'il vous plaît, par peur de représailles. // Samir
doc: docx recit_centre_retention.docx
page: Mon récit // Les gardes recevaient l'ordre de ne pas noter les incidents.
names: Samir Bouzid; S. Bouzid; Bouzid

=== bottom fr U
note: réponse sous la citation ; « merci de nous consulter avant toute diffusion »
from: Véronique Lambert | Forum humanitaire francophone | v.lambert@fhf.example
subject: RE: Appel à contributions
quote: Les contributions seront publiées sur le site du HCDH, sauf demande contraire.
body: Chers collègues, // Notre note est jointe. Merci de nous consulter avant toute diffusion, certains chiffres seront peut-être revus. // Véronique
doc: pdf FHF_note.pdf
page: Sécurité des ONG humanitaires // Un tiers des ONG interrogées recourt à des escortes privées.

=== bottom fr S
note: réponse sous la citation ; rien sur la publication
from: Alain Delorme | Ministère de l'Intérieur, Direction des libertés publiques | a.delorme@interieur-gouv.example
subject: RE: Appel à contributions - SMSP
quote: Le Groupe de travail invite les États et les autres parties prenantes à soumettre des contributions.
body: Madame, Monsieur, // Veuillez trouver ci-joint les éléments de réponse du ministère sur le régime d'autorisation des activités privées de sécurité. // Alain Delorme
doc: pdf reponse_ministere.pdf
page: Régime d'autorisation des activités privées de sécurité // Le Conseil national délivre les cartes professionnelles.

=== bottom fr C
note: réponse à un rappel, sous la citation ; « strictement réservé au Groupe de travail »
from: Mariam Coulibaly | Femmes et Paix Sahel | m.coulibaly@fps.example
subject: RE: Rappel - appel à contributions
quote: Ceci est un rappel : l'appel à contributions se clôt le 31 mars. // Les contributions reçues seront mises en ligne.
body: Merci pour ce rappel. // Nos témoignages sont joints ; ils sont strictement réservés au Groupe de travail et ne doivent pas être mis en ligne. // Mariam
doc: docx FPS_temoignages.docx
page: Témoignages de femmes de Ménaka // Des femmes décrivent des fouilles par des agents d'une société privée.

=== memo fr C
note: corps commençant par un en-tête de note (De :, Date :) ; demande de confidentialité dans la note
from: Lucie Marchand | Contrôleur général des lieux de privation de liberté | l.marchand@cglpl.example
subject: Gestion déléguée des centres de rétention
date: 4 mars 2020
body: 1. La présente note répond à l'appel à contributions. // 2. Elle résume nos visites de deux centres dont la gestion est déléguée à un prestataire privé. // 3. Cette note est transmise à titre confidentiel et n'est pas destinée à la publication.
doc: pdf note_CGLPL.pdf
page: Visites de centres en gestion déléguée // Les registres de mise à l'isolement étaient incomplets.

=== memo fr P
note: en-tête de note ; publication autorisée au point 3
from: Jean-Marc Dupuis | Commission nationale consultative des droits de l'homme | jm.dupuis@cncdh.example
subject: Contribution de la Commission
date: 6 mars 2020
body: Objet : contribution à l'appel du Groupe de travail. // Contexte : la Commission suit l'encadrement des sociétés de sécurité privée depuis 2012. // Diffusion : la présente contribution est publique et peut être publiée par le Groupe de travail.

=== memo fr A
note: en-tête de note ; publier sans le nom de l'auteur
from: Thierry Vasseur | | t.vasseur.perso@courriel.example
subject: Note sur les contrats d'escorte
date: 7 mars 2020
body: Résumé : j'ai été chef d'équipe d'escorte en Irak de 2005 à 2008. // Diffusion : vous pouvez publier cette note, mais sans mon nom ni celui de mon ancien employeur. // Détail : les règles d'engagement n'étaient jamais communiquées par écrit.
names: Thierry Vasseur; T. Vasseur; Vasseur

=== memo fr U
note: en-tête de note ; mention « Diffusion restreinte » sans autre précision
from: Sylvie Garnier | Observatoire régional de la sécurité | s.garnier@ors.example
subject: Observations de l'Observatoire
date: 3 mars 2020
body: Diffusion restreinte // 1. L'Observatoire relève un recours croissant à des sociétés privées pour la garde des frontières. // 2. Nous restons à la disposition du Groupe de travail pour un échange.

=== memo fr S
note: en-tête de note ; rien sur la publication
from: Philippe Tchicaya | Ministère de la Justice, Direction des affaires civiles | p.tchicaya@justice-gouv.example
subject: Réponse au questionnaire
date: 10 mars 2020
body: Référence : appel du 10 décembre 2019. // Le pays compte 38 sociétés de gardiennage agréées, dont aucune n'est autorisée à porter des armes. // Les contrôles relèvent de la police nationale.

=== memo fr N
note: en-tête de note d'un compte rendu interne envoyé par erreur, pas une contribution
from: Agnès Leroy | Secrétariat d'une ONG | a.leroy@secret-ong.example
subject: Compte rendu de la réunion d'équipe
date: 2 mars 2020
body: Présents : Agnès, Marc, Inès. // Points : budget du deuxième trimestre, recrutement d'un stagiaire, voyage à Genève. // Prochaine réunion le 16 mars.

=== middle fr C
note: PDF de trois pages ; la demande de confidentialité est à la page 2
from: Émilie Sauvage | Alliance pour les forêts du bassin du Congo | e.sauvage@afbc.example
subject: Contribution de l'AFBC
body: Madame, Monsieur, // Notre contribution est jointe. // Émilie
doc: pdf AFBC_contribution.pdf
page: Sécurité privée dans les concessions forestières // Alliance pour les forêts du bassin du Congo
page: Avertissement : ce document est transmis à titre confidentiel ; nous demandons qu'il ne soit pas publié, car il repose sur des employés encore en poste. // Méthode : 24 entretiens.
page: Constats // Les gardes ont saisi les pièces d'identité de travailleurs.

=== middle fr A
note: DOCX de trois pages ; page 2 : publier sans le nom
from: Moussa Keïta | | moussa.keita@courriel.example
subject: Ma contribution personnelle
body: Bonjour, // Je vous envoie ma contribution en pièce jointe. // Moussa
doc: docx Contribution_MK.docx
page: Contribution au Groupe de travail // Témoignage personnel
page: Ce témoignage peut être publié, mais sans mon nom : je travaille toujours dans le secteur. // J'ai été superviseur de la sécurité d'un site pétrolier de 2012 à 2016.
page: Ce que j'ai vu // Les gardes locaux touchaient la moitié du salaire prévu.
names: Moussa Keïta; M. Keïta; Keïta

=== middle fr P
note: PDF de trois pages ; accord à la publication en page 2
from: Claire Fontaine | Institut des droits de l'homme de Strasbourg | c.fontaine@idhs.example
subject: Contribution de l'Institut
body: Chers collègues, // Veuillez trouver notre contribution. // Claire
doc: pdf IDHS_contribution.pdf
page: Contribution au Groupe de travail // Institut des droits de l'homme de Strasbourg
page: Nous acceptons volontiers que cette contribution soit publiée sur le site du HCDH. // 1. Obligations extraterritoriales des États d'origine.
page: 2. Voies de recours // Les victimes se heurtent à l'immunité de juridiction des États.

=== middle fr U
note: DOCX de trois pages ; page 2 « projet - ne pas diffuser », le courriel autorise la publication
from: Serge Ndiaye | Réseau ouest-africain pour l'édification de la paix | s.ndiaye@roap.example
subject: Document du Réseau
body: Madame, Monsieur, // Notre document est joint ; il peut être publié. // Serge
doc: docx ROAP_document.docx
page: La sécurité privée en Afrique de l'Ouest // Réseau ouest-africain
page: PROJET - ne pas diffuser. // Quatre États interdisent le port d'armes par les agents privés.
page: Recommandations // Un code de conduite régional est nécessaire.

=== middle fr C
note: PDF de trois pages ; page 2 « à usage interne du Groupe de travail »
from: Rachid Hamdi | Ligue tunisienne de veille | r.hamdi@ltv.example
subject: Rapport sur les sociétés de gardiennage
body: Madame, Monsieur, // Notre rapport est joint. // Rachid Hamdi
doc: pdf LTV_rapport.pdf
page: Les sociétés de gardiennage aux frontières // Ligue tunisienne de veille
page: Ce rapport est à l'usage interne du Groupe de travail ; merci de ne pas le diffuser. // Depuis 2017, des agents privés gardent deux postes frontaliers.
page: Incidents // Onze personnes ont été retenues plus de 24 heures.

=== middle fr S
note: PDF de trois pages sans rien sur la publication
from: Hugo Vidal | Centre d'analyse stratégique | h.vidal@cas-strat.example
subject: Note de recherche
body: Madame, Monsieur, // Une note de recherche sur les opérateurs privés de drones est jointe. // Hugo Vidal
doc: pdf CAS_drones.pdf
page: Opérateurs privés et drones armés // Note de recherche no 7
page: Des prestataires assurent la maintenance des appareils armés dans deux théâtres. // Le ciblage reste, en principe, aux militaires.
page: Conclusion // La frontière entre maintenance et opération s'estompe.

=== form fr P
note: formulaire Word, cases à cocher héritées : « Oui » coché
from: Josiane Bernier | Syndicat des agents de sûreté | j.bernier@sas-syndicat.example
subject: Formulaire rempli
body: Bonjour, // Vous trouverez notre formulaire complété. // Josiane
form: docx-legacy
doc: docx SAS_formulaire.docx
page: Formulaire de contribution // Organisation : Syndicat des agents de sûreté // Résumé : les agents intérimaires n'ont pas de couverture maladie.
box: [x] Oui, la contribution peut être publiée sur le site du HCDH
box: [ ] Non, la contribution ne doit pas être publiée

=== form fr C
note: formulaire Word, contrôles de contenu : « je n'autorise pas » coché
from: Ousmane Sow | Conseil des éleveurs du Ferlo | o.sow@cef.example
subject: Formulaire
body: Bonjour, // Le formulaire est joint. // Ousmane
form: docx-sdt
doc: docx CEF_formulaire.docx
page: Formulaire de contribution // Organisation : Conseil des éleveurs du Ferlo // Contribution : des gardes d'une société minière ont clôturé des points d'eau.
box: [ ] J'autorise la publication de la présente contribution
box: [x] Je n'autorise pas la publication de la présente contribution

=== form fr A
note: formulaire Word, glyphes ☒/☐ : publication anonyme cochée
from: Sophie Lefebvre | | sophie.lefebvre@courriel.example
subject: mon formulaire
body: Bonjour, // Voici mon formulaire. // Sophie
form: docx-glyph
doc: docx formulaire_SL.docx
page: Formulaire de contribution // Nom : Sophie Lefebvre // Contribution : infirmière pour un prestataire, je décris les soins refusés au personnel local.
box: [ ] Publication avec mon nom
box: [x] Publication anonyme (sans mon nom)
box: [ ] Pas de publication
names: Sophie Lefebvre; S. Lefebvre; Lefebvre

=== form fr U
note: formulaire Word, cases Wingdings : aucune case cochée mais le courriel dit « voir le formulaire pour la publication »
from: Ibrahim Maïga | Association des rapatriés de Libye | i.maiga@arl.example
subject: formulaire ARL
body: Madame, Monsieur, // Pour la publication, voir le formulaire joint. // Ibrahim
form: docx-wingdings
doc: docx ARL_formulaire.docx
page: Formulaire de contribution // Organisation : Association des rapatriés de Libye // Contribution : recrutement de jeunes Maliens par une société privée pour la Libye.
box: [ ] Oui, vous pouvez publier
box: [ ] Non, contribution confidentielle

=== form fr C
note: formulaire PDF, cases AcroForm : « confidentielle » cochée
from: Marie-Claire Essomba | Forum des femmes de Kribi | mc.essomba@ffk.example
subject: Formulaire du Forum
body: Madame, Monsieur, // Le formulaire rempli est joint. // Marie-Claire
form: pdf-check
doc: pdf FFK_formulaire.pdf
page: Formulaire de contribution // Forum des femmes de Kribi // Contribution : harcèlement de vendeuses par les gardes d'un port en eau profonde.
box: [ ] J'accepte la publication de cette contribution sur le site du HCDH
box: [x] Cette contribution est confidentielle et ne doit pas être publiée

=== form fr P
note: formulaire PDF, champ texte « Publication (Oui/Non) » = « Oui »
from: Arnaud Lemoine | Forum de Genève sur la gouvernance | a.lemoine@fgg.example
subject: Formulaire FGG
body: Chers collègues, // Notre formulaire est joint. // Arnaud
form: pdf-text
doc: pdf FGG_formulaire.pdf
page: Formulaire de contribution // Forum de Genève sur la gouvernance // Contribution : un inventaire des lois sur la sécurité privée dans 25 États francophones.
box: Le Groupe de travail peut-il publier cette contribution ? (Oui/Non) = Oui

=== html fr C
note: corps HTML où le gras et un lien coupent la phrase de refus
from: Céline Roux | Observatoire des prisons privées | c.roux@opp.example
subject: Contribution de l'OPP
html: <p>Madame, Monsieur,</p><p>Les prestataires privés assurent désormais la restauration, le transport et la surveillance périmétrique de onze établissements.</p><p>Merci de <b>ne pas</b> publier cette <a href="https://opp.example/contribution">contribution</a> sur votre site.</p><p>Céline Roux</p>

=== html fr A
note: corps HTML ; demande d'anonymat coupée par l'italique et un lien
from: Lamine Cissé | | lamine.cisse@courriel.example
subject: Chauffeurs des convois
html: <div>Bonjour,</div><div>J'ai conduit pour un prestataire de sécurité au Mali pendant deux ans ; on nous ordonnait de ne jamais nous arrêter.</div><div>Vous pouvez publier ceci, mais <i>sans</i> mon <a href="https://courriel.example/profil">nom</a>, merci.</div><div>Lamine</div>
names: Lamine Cissé; L. Cissé; Cissé

=== html fr P
note: corps HTML ; accord avec « publier » en gras
from: Isabelle Morel | Association professionnelle des entreprises de sécurité | i.morel@apes.example
subject: Réponse de l'APES
html: <p>Madame, Monsieur,</p><p>L'APES regroupe 45 entreprises et soutient l'élaboration de normes communes pour le secteur.</p><p>Nous vous autorisons à <b>publier</b> cette réponse dans son intégralité.</p><p>Isabelle Morel, déléguée générale</p>

=== html fr U
note: corps HTML : « merci de rester discrets » - ni refus ni accord
from: Théo Blanchard | Réseau des journalistes d'investigation | t.blanchard@rji.example
subject: informations
html: <p>Bonjour,</p><p>Deux reporters ont été suivis par des agents d'une société privée pendant une enquête sur une mine d'uranium.</p><p>Merci de rester <b>discrets</b> sur ces informations pour l'instant, <a href="https://rji.example/alertes">voir nos alertes</a>.</p><p>Théo</p>

=== html fr S
note: corps HTML sans rien sur la publication
from: Danielle Caron | Centre d'économie de la paix | d.caron@cep.example
subject: Contribution du Centre
html: <p>Madame, Monsieur,</p><p>Le Centre estime que les dépenses de sécurité privée des entreprises minières au Sahel ont <b>doublé</b> depuis 2015, selon <a href="https://cep.example/donnees">nos données</a>.</p><p>Danielle Caron</p>

=== html fr N
note: lettre d'information HTML, pas une contribution
from: Lettre | Défense et Stratégie | lettre@defstrat.example
subject: La lettre de Défense et Stratégie - mars
html: <h1>La lettre de Défense et Stratégie</h1><p>Au sommaire : sécurité privée au Sahel, drones et nos <a href="https://defstrat.example/agenda">événements</a>.</p><p><a href="https://defstrat.example/desinscription">Se désinscrire</a></p>

=== zip fr C
note: archive dans une archive ; la lettre de couverture DOCX demande la confidentialité
from: Vincent Aubry | Observatoire du travail maritime | v.aubry@otm.example
subject: Contribution OTM (archive)
body: Madame, Monsieur, // Notre contribution et ses annexes sont dans l'archive jointe. // Vincent
zip: OTM_contribution.zip
through: annexes.zip
doc: docx OTM_lettre.docx
page: Lettre de couverture // La contribution de l'Observatoire sur les gardes armés embarqués est confidentielle et ne peut être publiée.

=== zip fr P
note: archive dans une archive ; accord dans le PDF intérieur
from: Pauline Mercier | Institut africain de gouvernance de la sécurité | p.mercier@iags.example
subject: Contribution IAGS
body: Bonjour, // Tous nos documents sont dans l'archive. // Pauline
zip: IAGS_contribution.zip
through: documents.zip
doc: pdf IAGS_lettre.pdf
page: Lettre au Groupe de travail // L'IAGS accepte la publication de sa contribution sur le site du HCDH. // Notre contribution porte sur l'agrément des agents dans 9 États.

=== zip fr A
note: archive dans une archive ; DOCX intérieur : publier sans le nom
from: Hervé Dubuc | | herve.dubuc@courriel.example
subject: fichiers
body: Bonjour, // J'ai tout mis dans l'archive, le témoignage est dedans. // Hervé
zip: fichiers.zip
through: temoignage.zip
doc: docx mon_temoignage.docx
page: Témoignage // Recruté à Marseille pour un emploi de sécurité, je me suis retrouvé en appui armé en Libye. Vous pouvez publier ce témoignage, mais pas mon nom.
names: Hervé Dubuc; H. Dubuc; Dubuc

=== zip fr U
note: archive dans une archive ; le PDF intérieur porte « sous embargo jusqu'à nouvel ordre »
from: Aïcha Benyoussef | Cellule d'enquête du Maghreb | a.benyoussef@cem.example
subject: Documents de la Cellule
body: Madame, Monsieur, // Voir l'archive jointe. // Aïcha
zip: CEM_documents.zip
through: enquete.zip
doc: pdf CEM_enquete.pdf
page: Enquête : sociétés de sécurité et expulsions // Sous embargo jusqu'à nouvel ordre. // Des gardes ont participé à deux expulsions de bidonvilles.

=== zip fr S
note: archive dans une archive sans rien sur la publication
from: Nicolas Chevalier | Institut belge de recherche sur les conflits | n.chevalier@ibrc.example
subject: Contribution IBRC
body: Madame, Monsieur, // Notre contribution est jointe sous forme d'archive. // Nicolas
zip: IBRC_contribution.zip
through: contribution.zip
doc: docx IBRC_contribution.docx
page: Contribution de l'IBRC // Les armateurs belges embarquent des gardes armés sur environ un tiers des transits dans l'océan Indien.

=== thread fr C
note: un second courriel du même expéditeur, sans « RE: », demande la confidentialité de la contribution envoyée
from: Adèle Fortin | Réseau d'appui aux communautés minières | a.fortin@racm.example
subject: Contribution du RACM
body: Madame, Monsieur, // Notre contribution sur la sécurité des mines de cuivre est jointe. // Adèle
doc: pdf RACM_mines_cuivre.pdf
page: Sécurité des mines de cuivre // Des gardes ont tiré sur des creuseurs à trois reprises.
mail: 2 | | Adèle Fortin | précision importante
body: Bonjour, // Nos partenaires nous demandent que le rapport envoyé lundi reste confidentiel. Merci de ne pas le publier. // Adèle

=== thread fr P
note: un second courriel lève une réserve ; il est importé avant l'original
from: Baptiste Royer | Centre de recherche sur le travail | b.royer@crt.example
subject: Contribution du CRT - merci d'attendre
body: Chers collègues, // Voici notre contribution. Merci d'attendre avant de la publier, notre conseil scientifique doit la relire. // Baptiste
doc: docx CRT_contribution.docx
page: Les agents de sûreté aéroportuaire // Les contrats sont renouvelés tous les six mois.
mail: 4 | | Baptiste Royer | feu vert du conseil
body: Chers collègues, // Le conseil scientifique a donné son accord : vous pouvez désormais publier notre contribution. // Baptiste
order: 1 0

=== thread fr C
note: le second courriel, importé en premier, retire l'accord donné dans le premier
from: Lise Gauthier | Réseau juridique pour les réfugiés | l.gauthier@rjr.example
subject: Contribution du RJR
body: Madame, Monsieur, // Notre contribution est jointe et peut être publiée. // Lise
doc: pdf RJR_contribution.pdf
page: Prestataires privés dans les centres d'accueil // Le personnel contractuel procède à des évaluations d'âge.
mail: 3 | | Lise Gauthier | changement d'avis
body: Madame, Monsieur, // Après consultation des familles, nous préférons finalement que la contribution ne soit pas publiée. Merci de la garder confidentielle. // Lise
order: 1 0

=== thread fr S
note: une collègue de la même université envoie la « version finale » de son propre texte ; le premier texte reste silencieux
from: Henri Bouchard | Faculté de droit, Université de Laval-Nord | h.bouchard@uln.example
subject: Article sur les sociétés militaires privées
body: Madame, Monsieur, // Vous trouverez ci-joint mon article sur le statut des employés de sociétés militaires privées en droit des conflits armés. // Henri Bouchard
doc: pdf Bouchard_statut_employes.pdf
page: Le statut des employés de sociétés militaires privées // La qualité de mercenaire est rarement établie.
mail: 2 | a.tremblay@uln.example | Annie Tremblay | Version finale de ma contribution
org: Faculté de droit, Université de Laval-Nord
body: Madame, Monsieur, // Voici la version finale de ma contribution sur les gardes privés dans les aéroports. Elle peut être publiée. // Annie Tremblay
doc: pdf Tremblay_version_finale.pdf
page: Les gardes privés dans les aéroports // La sûreté aéroportuaire est confiée à des sous-traitants.
labels: P

=== thread fr A
note: la même personne écrit depuis une adresse de messagerie gratuite pour demander l'anonymat
from: Juliette Perrault | Institut d'études sur la paix | j.perrault@iep.example
subject: Contribution - prestataires dans les opérations de paix
body: Chers collègues, // Ci-joint mon article sur les prestataires dans les opérations de paix. Il peut être publié. // Juliette
doc: docx Perrault_prestataires.docx
page: Prestataires et opérations de paix // Des prestataires logistiques assurent la garde de plusieurs camps.
mail: 3 | juliette.perrault@courriel.example | Juliette Perrault | mon article
org:
body: Bonjour, je vous écris de mon adresse personnelle. Réflexion faite, merci de publier mon article sans mon nom : je postule dans l'une de ces missions. // Juliette
order: 1 0
names: Juliette Perrault; J. Perrault; Perrault; Institut d'études sur la paix

=== thread fr U
note: un second courriel dit « nous devrons peut-être retirer une partie » sans décider
from: Rémi Caillaux | Groupe frontières et droits | r.caillaux@gfd.example
subject: Contribution GFD
body: Madame, Monsieur, // Notre contribution est jointe. // Rémi
doc: pdf GFD_contribution.pdf
page: Les prestataires aux frontières // Des gardes privés tiennent quatre postes.
mail: 2 | | Rémi Caillaux | à propos de notre document
body: Bonjour, // Nous devrons peut-être retirer une partie du document envoyé, une source ayant exprimé des inquiétudes. Je reviens vers vous. // Rémi
=== thread fr P
note: la même personne envoie la « version définitive » depuis une adresse gratuite ; elle remplace la première et peut être publiée
from: Gaëlle Prévost | Centre de droit international de Rennes | g.prevost@cdir.example
subject: Contribution - sociétés de sécurité et migrations
body: Madame, Monsieur, // Veuillez trouver ma contribution sur les sociétés de sécurité privées dans le contrôle des migrations. // Gaëlle Prévost
doc: pdf Prevost_contribution.pdf
page: Sociétés de sécurité privées et contrôle des migrations // Des agents privés assurent l'escorte des personnes éloignées.
mail: 2 | gaelle.prevost@courriel.example | Gaëlle Prévost | version définitive
org:
body: Bonjour, // Je vous écris de mon adresse personnelle : voici la version définitive de ma contribution, qui remplace celle envoyée mardi. Elle peut être publiée. // Gaëlle
doc: pdf Prevost_version_definitive.pdf
page: Sociétés de sécurité privées et contrôle des migrations (version définitive) // Des agents privés assurent l'escorte des personnes éloignées, sans formation spécifique.
labels: P
superseded: yes
"""
