# ruff: noqa: E501 - whole messages, kept as written
"""The fifth collection's French messages (layout: adv5_cases.py)."""

TEXT = """
### refusal C | accord nié au milieu du message
From: Aminata Diallo <a.diallo@raddho-like.example>
Subject: Contribution de l'Observatoire sahélien des droits humains

Madame, Monsieur,

L'Observatoire sahélien des droits humains a l'honneur de vous transmettre sa contribution sur la présence de personnels armés étrangers au centre du Mali. Nous ne sommes pas d'accord pour que ce document soit mis en ligne : plusieurs témoins vivent encore dans les villages cités.

Nous restons à votre disposition.

Aminata Diallo
Chargée de programme
@@ pdf OSDH_contribution.pdf
Présence de personnels armés étrangers au centre du Mali

Entre janvier et juin 2022, nous avons recueilli 54 témoignages sur des opérations menées dans six villages.
%%
Recommandations : une enquête indépendante ; la publication des accords de coopération sécuritaire.

### refusal C | diffusion restreinte dans l'objet
From: Jean-Pierre Moreau <jp.moreau@fidh-partenaires.example>
Subject: DIFFUSION RESTREINTE - note sur les sociétés militaires privées en RCA

Chers collègues,

Vous trouverez ci-joint notre note. Elle est à diffusion restreinte et ne doit pas sortir du Groupe de travail.

Cordialement,
Jean-Pierre Moreau
@@ docx Note_RCA_SMP.docx
Sociétés militaires privées en République centrafricaine

Les concessions minières accordées depuis 2018 à des sociétés liées à des groupes armés étrangers.

### refusal C | passif : ne doit pas être publié
From: Sophie Lambert <sophie.lambert@univ-lyon.example>
Subject: Contribution - Lambert

Bonjour,

Ci-joint ma contribution, qui ne doit être ni publiée ni citée : il s'agit d'un chapitre d'une thèse en cours.

Sophie Lambert
Doctorante, Université de Lyon
@@ pdf Lambert_chapitre.pdf
La privatisation de la sécurité maritime dans le golfe de Guinée

Les gardes armés embarqués et le droit de l'État du pavillon.

### refusal C | réservé aux seuls membres du Groupe de travail, en signature
From: Koffi Mensah <kmensah@ligue-togo.example>
Subject: Ligue togolaise - contribution à l'appel

Madame, Monsieur,

Veuillez trouver en pièce jointe la contribution de la Ligue togolaise des droits de l'homme sur les sociétés de gardiennage.

Koffi Mensah
Secrétaire général
Document réservé aux seuls membres du Groupe de travail.
@@ docx LTDH_contribution.docx
Les sociétés de gardiennage au Togo

Plus de 200 sociétés agréées ; aucun contrôle de la formation des agents.

### refusal C | note verbale : la présente note revêt un caractère confidentiel
From: Mission permanente de la République de Belmont <mission.belmont@diplo-belmont.example>
Subject: Note verbale n° 2022-045

Veuillez trouver ci-joint la note verbale de la Mission permanente.
@@ pdf NV_Belmont_2022_045.pdf
Note verbale n° 2022-045

La Mission permanente de la République de Belmont auprès de l'Office des Nations Unies à Genève présente ses compliments au Haut-Commissariat aux droits de l'homme et, se référant à l'appel à contributions du Groupe de travail sur l'utilisation de mercenaires, a l'honneur de lui communiquer ce qui suit.

La République de Belmont n'a conclu aucun contrat avec des sociétés militaires privées.
%%
La Mission permanente précise que la présente communication revêt un caractère confidentiel et ne saurait être rendue publique.

La Mission permanente saisit cette occasion pour renouveler au Haut-Commissariat les assurances de sa très haute considération.

### refusal C | usage interne uniquement
From: Claire Fontaine <c.fontaine@observatoire-securite.example>
Subject: Nos notes sur le secteur de la sécurité privée

Bonjour à toutes et à tous,

Voici nos notes, pour usage interne uniquement. Merci de ne pas les faire circuler.

Claire Fontaine
Observatoire de la sécurité privée
@@ docx OSP_notes.docx
Notes de travail

Effectifs du secteur : 180 000 agents ; rotation annuelle supérieure à 40 %.

### refusal C | message suivant sans « Re: » qui ajoute le refus
From: Moussa Traoré <moussa.traore@amdh-bamako.example>
Subject: Contribution AMDH

Bonjour,

Veuillez trouver ci-joint la contribution de l'Association malienne des droits de l'homme.

Moussa Traoré
@@ pdf AMDH_contribution.pdf
Contribution de l'AMDH

Les exactions commises à Moura en mars 2022.
>>>
From: Moussa Traoré <moussa.traore@amdh-bamako.example>
Subject: notre document

Bonjour,

Suite à notre envoi de la semaine dernière, notre bureau a décidé que le document ne devait pas être publié. Merci de le garder pour votre seul usage.

Moussa Traoré

### refusal C | à titre strictement confidentiel, première ligne
From: Isabelle Mercier <imercier@avocats-mercier.example>
Subject: Contribution - cabinet Mercier

À titre strictement confidentiel.

Mesdames et Messieurs les experts,

Notre cabinet représente les familles de trois agents de sécurité décédés en Irak en 2007. Vous trouverez ci-joint un mémoire résumant les procédures engagées.

Isabelle Mercier
Avocate au barreau de Paris
@@ docx Memoire_Mercier.docx
Mémoire

Les procédures engagées contre la société employeuse devant les juridictions françaises et américaines.

### refusal C | demande en page 3 du PDF
From: Hervé Kabila <hkabila@justice-grandslacs.example>
Subject: Justice Grands Lacs - contribution

Chers membres du Groupe de travail,

Nous vous adressons notre rapport sur les sociétés de sécurité dans les zones minières du Kivu.

Hervé Kabila
Justice Grands Lacs
@@ pdf JGL_rapport.pdf
Les sociétés de sécurité dans les zones minières du Kivu

Rapport, mars 2022
%%
Les gardes ont détenu des creuseurs artisanaux dans des conteneurs.
%%
Note sur la diffusion

Compte tenu des risques pour nos enquêteurs, ce rapport n'est pas destiné à la publication et ne peut être communiqué qu'au Groupe de travail.

### refusal C | « merci de traiter avec discrétion et de ne pas rendre public »
From: Nadia Benali <nbenali@collectif-migrants.example>
Subject: témoignages sur les centres de rétention

Bonjour,

Nous vous envoyons les témoignages recueillis dans deux centres de rétention gérés par une société privée. Merci de les traiter avec la plus grande discrétion et de ne pas les rendre publics.

Nadia Benali
Collectif Migrants Solidaires
@@ docx Temoignages_retention.docx
Témoignages

Un retenu décrit l'usage de la force lors d'un transfert vers l'aéroport.

### refusal C | un individu, deux lignes
From: Luc Ndiaye <luc.ndiaye@courriel.example>
Subject: mon frère en Libye

Mon frère a été recruté en 2020 par une société de sécurité pour la Libye, on ne l'a plus revu. Je vous écris pour que vous sachiez, mais rien de ceci ne doit être publié.

### refusal C | nous ne consentons pas, dans un long courrier
From: Marie-Claude Tremblay <mc.tremblay@droitsquebec.example>
Subject: Contribution de la Coalition québécoise pour la responsabilité des entreprises

Madame, Monsieur,

La Coalition québécoise pour la responsabilité des entreprises a suivi de près les activités à l'étranger de sociétés minières canadiennes qui font appel à des sociétés de sécurité privées. Notre contribution, ci-jointe, porte sur trois sites en Amérique latine et en Afrique de l'Ouest.

Nous y décrivons les mécanismes de plainte mis en place par les entreprises et leurs limites. Nous ne consentons pas à la publication de cette contribution, qui cite des documents internes remis par des employés.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Marie-Claude Tremblay
Coordonnatrice
@@ pdf CQRE_contribution.pdf
Sociétés minières canadiennes et sécurité privée

Trois sites ; mécanismes de plainte ; limites observées.

### refusal C | entreprise : informations sensibles, non destinées à la diffusion
From: Direction juridique Gardia SA <juridique@gardia-sa.example>
Subject: Réponse de Gardia SA

Madame, Monsieur,

Gardia SA vous transmet sa réponse. Les informations qu'elle contient sont commercialement sensibles et ne sont pas destinées à être diffusées au-delà du Groupe de travail.

Direction juridique
@@ docx Gardia_reponse.docx
Réponse de Gardia SA

Nous employons 3 200 agents dans 4 pays ; nous adhérons au Code de conduite international.

### refusal C | hors de tout compte rendu public
From: Paul Essomba <p.essomba@cameroun-dh.example>
Subject: informations sur des recrutements au Cameroun

Bonjour,

Je vous transmets ces informations en dehors de tout compte rendu public. Des jeunes de Douala ont été recrutés en 2021 par une agence pour « garder des chantiers » en Afrique centrale, puis envoyés sur un front.

Paul Essomba
Réseau camerounais des défenseurs

### refusal C | réponse sous la citation de l'appel
From: Fatou Sow <fatou.sow@femmes-senegal.example>
Subject: RE: Appel à contributions

Bonjour, voici notre contribution, à ne pas publier s'il vous plaît.
Fatou Sow, Association des femmes juristes du Sénégal

Le 12 janvier, GT Mercenaires a écrit :
> Le Groupe de travail invite les États et les autres parties prenantes à lui faire parvenir leurs contributions.
> Les contributions seront publiées sur le site du HCDH sauf demande contraire.
@@ pdf AFJS_contribution.pdf
Contribution de l'AFJS

Les femmes employées comme agentes de sécurité : conditions de travail.

### refusal C | « confidentiel » écrit dans la lettre d'accompagnement jointe
From: Olivier Garnier <ogarnier@institut-paix.example>
Subject: Institut pour la paix - envoi

Bonjour, ci-joint notre lettre et notre note. Bien à vous, O. Garnier
@@ docx IPP_lettre.docx
Lettre au Groupe de travail

Madame la Présidente,

Nous vous adressons notre note sur les anciens militaires français recrutés par des sociétés privées. Nous vous prions de la considérer comme confidentielle et de ne pas la publier.

Olivier Garnier, Directeur
@@ pdf IPP_note.pdf
Note

Anciens militaires recrutés par des sociétés privées depuis 2010.

### refusal C | négation avec « ni ... ni »
From: Rachid El Amrani <r.elamrani@maghreb-veille.example>
Subject: Contribution de Maghreb Veille

Madame, Monsieur,

Ci-joint notre contribution. Elle ne peut être ni publiée, ni transmise à l'État concerné, ni citée dans le rapport.

Rachid El Amrani
@@ docx MV_contribution.docx
Recrutements transfrontaliers au Maghreb

Des recruteurs proposent des contrats de trois mois en Libye.

### refusal C | pas avant, pas après : « en aucun cas »
From: Élodie Martin <elodie.martin@ong-vigie.example>
Subject: Vigie - éléments pour le rapport

Bonjour,

Voici nos éléments pour le rapport. En aucun cas ce document ne doit apparaître sur votre site.

Élodie Martin
Vigie
@@ pdf Vigie_elements.pdf
Éléments pour le rapport

Les gardes privés des sites pétroliers.

### refusal C | off : « c'est off », registre familier
From: Bruno Lefèvre <bruno.lefevre@journaliste.example>
Subject: infos sur un recruteur

Salut l'équipe,

Je suis journaliste, j'enquête sur un recruteur installé à Marseille qui envoie des anciens légionnaires en Afrique. Tout ce qui suit, c'est off : rien pour publication, rien avec mon nom.

Il recrute via un club de tir, paie en espèces, et les contrats sont signés à Dubaï.

Bruno

### refusal C | demande portée en pied de page du document
From: Hélène Rousseau <h.rousseau@cercle-juridique.example>
Subject: Contribution du Cercle juridique

Madame, Monsieur,

Le Cercle juridique transmet sa contribution, jointe.

Hélène Rousseau
@@ docx CJ_contribution.docx | Document confidentiel - ne pas publier
Contribution du Cercle juridique

Le droit pénal face aux mercenaires : lacunes de la loi de 2003.

### anonymity A | « sous couvert d'anonymat »
names: Yves Kouassi; Y. Kouassi; Kouassi
From: Yves Kouassi <yves.kouassi@courriel-ci.example>
Subject: témoignage

Bonjour,

Je vous livre ce témoignage sous couvert d'anonymat. Vous pouvez le publier, mais sans mon nom.

J'ai travaillé pour une société de sécurité à Abidjan qui fournissait des gardes à des sites miniers au Mali. Nous n'avions ni contrat écrit ni assurance.

Yves Kouassi

### anonymity A | garder notre identité réservée (terme juridique)
names: Association Lumière des Femmes; ALF; Clarisse Nzeyimana; C. Nzeyimana
From: Clarisse Nzeyimana <clarisse@lumiere-femmes.example>
Subject: Contribution ALF

Madame, Monsieur,

L'Association Lumière des Femmes vous transmet la contribution ci-jointe. Elle peut être publiée ; nous demandons toutefois que l'identité de l'association et de ses membres demeure réservée.

Clarisse Nzeyimana
Présidente, ALF
@@ pdf ALF_contribution.pdf
Contribution

Violences commises par des agents de sécurité privés contre des femmes commerçantes au marché frontalier.

Clarisse Nzeyimana, ALF

### anonymity A | raisons de sécurité, lettre jointe
names: Didier Mukendi; D. Mukendi; Mukendi
From: Didier Mukendi <dmukendi@defenseurs-rdc.example>
Subject: contribution - défenseur des droits humains

Chers membres, veuillez trouver ma lettre et ma contribution. Didier Mukendi
@@ docx Mukendi_lettre.docx
Lettre

Pour des raisons de sécurité, je vous demande de ne pas faire figurer mon nom si ma contribution est publiée. Je vis à Bukavu et j'ai déjà reçu des menaces.

Didier Mukendi
@@ pdf Mukendi_contribution.pdf
Contribution

Les gardes d'une société minière ont incendié des habitations à Kamituga en 2021.

D. Mukendi

### anonymity A | publier mais laisser l'association en dehors
names: Collectif des riverains de Tambao; CRT; Issa Ouédraogo; I. Ouédraogo
From: Issa Ouédraogo <issa.ouedraogo@riverains-tambao.example>
Subject: Ce que nous avons vu à Tambao

Bonjour,

Vous pouvez publier ce texte, mais laissez notre collectif en dehors de ça, s'il vous plaît : ne citez ni le Collectif des riverains de Tambao ni mon nom.

Depuis 2021, des hommes armés étrangers gardent la mine. Ils contrôlent la route et prennent l'argent des commerçants.

Issa Ouédraogo

### anonymity A | « ne pas nous nommer », note d'une ONG
names: Sentinelles du Littoral; Aline Ngo; A. Ngo
From: Aline Ngo <aline.ngo@sentinelles-littoral.example>
Subject: Note pour le Groupe de travail

Madame, Monsieur,

Notre note est jointe. Le Groupe de travail peut s'en servir et la publier, à condition de ne pas nous nommer.

Aline Ngo
Sentinelles du Littoral
@@ docx Sentinelles_note.docx
Note

Les gardes embarqués sur les navires de pêche industrielle.

Sentinelles du Littoral

### anonymity A | message suivant qui demande l'anonymat
names: Serge Bamba; S. Bamba; Bamba
From: Serge Bamba <serge.bamba@mail-gabon.example>
Subject: Contribution de Serge Bamba

Bonjour,

Je vous adresse ma contribution sur les sociétés de gardiennage au Gabon.

Serge Bamba
@@ pdf Bamba_contribution.pdf
Les sociétés de gardiennage au Gabon

Contribution de Serge Bamba

Les agents travaillent douze heures par jour sans jour de repos.
>>>
From: Serge Bamba <serge.bamba@mail-gabon.example>
Subject: une précision importante

Bonjour,

Une précision : si vous publiez ma contribution, merci de retirer mon nom. Mon employeur l'a appris.

S. Bamba

### anonymity A | anonymat dans le formulaire joint
names: Thérèse Mbala; T. Mbala; Mbala
From: Thérèse Mbala <t.mbala@courriel.example>
Subject: formulaire rempli

Bonjour, voici le formulaire rempli. Cordialement, Thérèse Mbala
@@ docx Formulaire_Mbala.docx
Formulaire de contribution

Nom : Thérèse Mbala

Acceptez-vous que votre contribution soit publiée ? Oui, de manière anonyme

Contribution : mon fils a été recruté comme garde pour un site au Soudan.

### anonymity A | ne pas divulguer notre identité
names: Réseau des journalistes d'investigation du Niger; RJIN; Abdou Maïga; A. Maïga
From: Abdou Maïga <a.maiga@rjin.example>
Subject: RJIN - contribution

Madame, Monsieur,

Le RJIN est d'accord pour la publication, sous réserve de ne divulguer ni notre identité ni celle de nos journalistes.

Abdou Maïga
Réseau des journalistes d'investigation du Niger (RJIN)
@@ pdf RJIN_contribution.pdf
Contribution

La présence de personnels armés étrangers à Niamey et à Agadez.

### consent P | « aucune objection à la publication »
From: Commission nationale des droits de l'homme <cndh@cndh-pays.example>
Subject: Contribution de la Commission nationale des droits de l'homme

Madame, Monsieur,

La Commission nationale des droits de l'homme vous transmet sa contribution. Elle n'a aucune objection à sa publication sur le site du HCDH.

Le Secrétaire permanent
@@ pdf CNDH_contribution.pdf
Contribution de la CNDH

La Commission a reçu 37 plaintes visant des agents de sécurité privés en 2021.

### consent P | note verbale : ne voit pas d'inconvénient à la publication
From: Mission permanente du Royaume de Valdor <geneve@valdor-mae.example>
Subject: Note verbale - questionnaire sur les mercenaires

Veuillez trouver ci-joint la note verbale de la Mission.
@@ docx NV_Valdor.docx
La Mission permanente du Royaume de Valdor auprès de l'Office des Nations Unies à Genève présente ses compliments au Secrétariat du Groupe de travail et a l'honneur de lui transmettre la réponse du Gouvernement au questionnaire.

Le Gouvernement ne voit pas d'inconvénient à la publication de la présente réponse.

La Mission permanente saisit cette occasion pour renouveler les assurances de sa haute considération.

### consent P | « vous pouvez la mettre en ligne » dans un P.S.
From: Marc Dupuis <marc.dupuis@universite-bruxelles.example>
Subject: contribution - sécurité privée et migrations

Chers collègues,

Vous trouverez ci-joint ma contribution sur le recours à des sociétés privées pour le contrôle des frontières extérieures.

Bien cordialement,
Marc Dupuis

PS : vous pouvez bien sûr la mettre en ligne.
@@ pdf Dupuis_contribution.pdf
Sociétés privées et contrôle des frontières

Contrats de surveillance aérienne et de gestion des centres.

### consent P | accord donné dans la signature
From: Géraldine Petit <g.petit@forum-citoyen.example>
Subject: Forum citoyen - contribution

Bonjour,

Le Forum citoyen pour la sécurité transmet sa contribution au Groupe de travail.

Géraldine Petit
Forum citoyen pour la sécurité
Contribution publiable.
@@ docx FCS_contribution.docx
Contribution

Les agents de sécurité privée dans les transports publics.

### consent P | accord de publication dans le document, case cochée
From: Samuel Ekwe <samuel.ekwe@dh-cameroun.example>
Subject: questionnaire

Bonjour, ci-joint nos réponses au questionnaire. Samuel Ekwe
@@ docx Reponses_questionnaire.docx
Réponses au questionnaire

1. Votre pays réglemente-t-il les sociétés militaires privées ? Non.

Autorisez-vous la publication de vos réponses ? [X] Oui  [ ] Non

### consent P | levée d'une demande antérieure par un second message
From: Nathalie Girard <ngirard@ong-horizon.example>
Subject: Horizon - contribution (merci de ne pas publier pour l'instant)

Bonjour,

Voici notre contribution. Merci de ne pas la publier pour l'instant, notre conseil d'administration doit la valider.

Nathalie Girard
@@ pdf Horizon_contribution.pdf
Contribution d'Horizon

Les sociétés de sécurité dans les camps de déplacés.
>>>
From: Nathalie Girard <ngirard@ong-horizon.example>
Subject: validation du conseil

Bonjour,

Notre conseil a validé la contribution : vous pouvez désormais la publier telle quelle.

Nathalie Girard

### consent P | « nous souhaitons que notre contribution soit rendue publique »
From: Ousmane Ba <oba@amnistie-mauritanie.example>
Subject: Contribution - Mauritanie

Madame, Monsieur,

Nous souhaitons que notre contribution soit rendue publique : les familles des victimes le demandent.

Ousmane Ba
@@ pdf Contribution_Mauritanie.pdf
Contribution

Les victimes des opérations de 2021 à la frontière.

### consent P | deux lignes, accord simple
From: Pascale Roy <pascale.roy@centre-etudes.example>
Subject: contribution Roy

Ci-joint ma contribution ; publication autorisée. Pascale Roy, Centre d'études stratégiques
@@ docx Roy_contribution.docx
Contribution

Les sociétés de sécurité dans le Sahel : typologie.

### consent P | « rien ne s'oppose à sa publication »
From: Ministère des Affaires étrangères de Lirane <dgaj@mae-lirane.example>
Subject: Réponse de la République de Lirane

Madame, Monsieur,

La République de Lirane transmet la réponse ci-jointe. Rien ne s'oppose à sa publication.

Direction des affaires juridiques
@@ pdf Reponse_Lirane.pdf
Réponse de la République de Lirane

La loi n° 2019-07 interdit le mercenariat.

### consent P | « heureux que vous la diffusiez »
From: Thomas Leroy <tleroy@paix-durable.example>
Subject: Paix durable - notre rapport

Bonjour à l'équipe du Groupe de travail,

Voici notre rapport annuel sur la sécurité privée. Nous serions heureux que vous le diffusiez le plus largement possible.

Thomas Leroy
@@ pdf PaixDurable_rapport.pdf
Rapport annuel

Tendances du secteur de la sécurité privée en Afrique de l'Ouest.

### consent P | corps long, accord au dernier paragraphe
From: Françoise Hubert <f.hubert@institut-droit-international.example>
Subject: Contribution de l'Institut de droit international humanitaire

Madame la Présidente, Mesdames et Messieurs les membres du Groupe de travail,

L'Institut a consacré en 2021 un séminaire à la responsabilité des États pour les actes des sociétés militaires privées qu'ils engagent. Trois questions y ont dominé : l'attribution des actes à l'État, le devoir de diligence de l'État d'origine, et la compétence des juridictions nationales.

Sur le premier point, les participants ont relevé que le critère du contrôle effectif laisse impunis la plupart des actes commis par des sous-traitants. Sur le deuxième, ils ont constaté l'absence presque totale de contrôle des exportations de services.

Nous autorisons la publication de la présente contribution sur le site du Haut-Commissariat.

Françoise Hubert
Secrétaire générale

### consent P | accord pour publication, y compris du nom
From: Roger Kamga <roger.kamga@avocat-douala.example>
Subject: contribution d'un avocat de Douala

Bonjour,

Je vous envoie ma contribution. Vous pouvez la publier avec mon nom, je n'ai rien à cacher.

Roger Kamga
Avocat
@@ docx Kamga_contribution.docx
Contribution

Les procès de gardes privés devant les tribunaux de Douala.

### conditional U | embargo jusqu'à une date
From: Anne Chevalier <a.chevalier@observatoire-armes.example>
Subject: Observatoire des armements - contribution sous embargo

Bonjour,

Voici notre contribution. Elle est sous embargo jusqu'au 30 avril, date de sortie de notre rapport.

Anne Chevalier
@@ pdf OA_contribution.pdf
Contribution

Les exportations de services de sécurité.

### conditional U | seulement le résumé
From: Hamid Benkirane <h.benkirane@centre-etudes-maroc.example>
Subject: Centre d'études - note

Bonjour,

Seul le résumé de notre note peut être rendu public ; le reste est destiné au Groupe de travail.

Hamid Benkirane
@@ docx CE_note.docx
Résumé

Recrutements de jeunes Marocains par des sociétés étrangères.
%%
Note détaillée

Sources et entretiens.

### conditional U | après anonymisation des témoins
From: Sylvie Blanc <sblanc@terre-des-droits.example>
Subject: contribution - Terre des droits

Bonjour,

Publication possible après suppression des noms des témoins figurant en annexe.

Sylvie Blanc
@@ pdf TDD_contribution.pdf
Contribution

Annexe : liste des témoins.

### conditional U | « avec discrétion », sans plus
From: Alain Dubois <alain.dubois@veille-securite.example>
Subject: quelques éléments

Bonjour, je vous fais parvenir quelques éléments à utiliser avec discrétion. Alain Dubois
@@ docx Dubois_elements.docx
Éléments

Les pratiques de recrutement d'une société basée à Lyon.

### conditional U | sous réserve de l'accord de notre direction
From: Karine Fabre <k.fabre@fondation-solidarite.example>
Subject: contribution Fondation Solidarité

Bonjour,

Ci-joint notre contribution. Sa publication reste soumise à l'accord de notre directrice, que je vous confirmerai.

Karine Fabre
@@ pdf FS_contribution.pdf
Contribution

La protection des travailleurs humanitaires par des sociétés privées.

### conflict U | accord dans le corps, « CONFIDENTIEL » sur le document
From: Emmanuel Nkurunziza <e.nkurunziza@grands-lacs-paix.example>
Subject: Contribution Grands Lacs Paix

Bonjour,

Notre contribution peut être publiée.

Emmanuel Nkurunziza
@@ pdf GLP_contribution.pdf | CONFIDENTIEL
Contribution

Les mercenaires dans l'est de la RDC.

### conflict U | formulaire « oui », lettre « ne pas publier »
From: Véronique Lemaire <vlemaire@alliance-droits.example>
Subject: Alliance pour les droits - envoi

Bonjour, ci-joint. V. Lemaire
@@ docx Alliance_lettre.docx
Lettre

Merci de ne pas publier notre contribution.

Véronique Lemaire
@@ docx Alliance_formulaire.docx
Formulaire

Publication autorisée : oui

### conflict U | demande ambiguë : « pas trop largement »
From: Benoît Lacroix <blacroix@ecole-paix.example>
Subject: réflexions pour le rapport

Bonjour,

Quelques réflexions. Nous préférerions qu'elles ne soient pas trop largement diffusées.

Benoît Lacroix
@@ pdf Lacroix_reflexions.pdf
Réflexions

Le rôle des sociétés privées dans la formation des armées nationales.

### conflict U | second message qui hésite
From: Julie Marchand <j.marchand@ong-ancrage.example>
Subject: contribution Ancrage

Bonjour,

Voici notre contribution, publiable.

Julie Marchand
@@ docx Ancrage_contribution.docx
Contribution

Les sociétés de sécurité dans les ports.
>>>
From: Julie Marchand <j.marchand@ong-ancrage.example>
Subject: attente

Bonjour,

Un partenaire nous demande de réfléchir encore avant toute diffusion. Pouvez-vous attendre mon retour ?

Julie

### conflict U | témoins à ne pas identifier, auteur silencieux
From: Cédric Mba <cedric.mba@droits-gabon.example>
Subject: Témoignages

Bonjour,

Les personnes interrogées ne doivent en aucun cas être reconnaissables si vous publiez. Merci de vérifier les détails avant.

Cédric Mba
@@ pdf Temoignages_Mba.pdf
Témoignages

Témoin 1, gardien à Port-Gentil, 45 ans.

### conflict U | demande en portugais seulement dans le document, pour une partie
From: Eduardo Tavares <etavares@guine-direitos.example>
Subject: Contribution sur la Guinée-Bissau

Bonjour,

Veuillez trouver ci-joint notre contribution.

Eduardo Tavares
@@ pdf Guine_contribution.pdf
Contribuição

O anexo com os relatos não deve ser publicado.

Les sociétés de sécurité privées dans l'archipel des Bijagós.

### conflict U | « à usage du Groupe de travail, mais vous pouvez en citer des extraits »
From: Lucie Perrin <lperrin@cap-droits.example>
Subject: document pour le Groupe de travail

Bonjour,

Ce document est destiné au Groupe de travail, mais vous pouvez en citer des extraits dans le rapport.

Lucie Perrin
@@ docx CAP_document.docx
Document

Les contrôles d'identité effectués par des agents privés.

### refusal/pt C | refus en portugais dans un courriel en français
From: João Pereira <joao.pereira@angola-dh.example>
Subject: contribution de Angola Direitos Humanos

Bonjour,

Ci-joint notre contribution.

Esta contribuição é confidencial e não deve ser publicada.

João Pereira
@@ pdf ADH_contribution.pdf
Contribution

Les sociétés de sécurité dans les zones diamantifères de Lunda.

### disclaimer S | avertissement juridique en pied de message seulement
From: Laurent Girard <l.girard@federation-securite.example>
Subject: Contribution de la Fédération des entreprises de sécurité

Madame, Monsieur,

La Fédération vous transmet sa contribution sur la formation des agents.

Laurent Girard
Délégué général

Ce message et ses pièces jointes sont confidentiels et établis à l'intention exclusive de leurs destinataires. Si vous avez reçu ce message par erreur, merci d'en avertir l'expéditeur et de le détruire.
@@ pdf FES_contribution.pdf
Contribution

Formation initiale de 175 heures.

### silent S | publication d'une loi au Journal officiel
From: Ministère de l'Intérieur de Ravel <cabinet@interieur-ravel.example>
Subject: Réponse de la République de Ravel

Madame, Monsieur,

La loi n° 2020-15 relative aux activités privées de sécurité a été publiée au Journal officiel le 2 juin 2020. Vous en trouverez le texte ci-joint.

Le Cabinet du Ministre
@@ docx Loi_2020_15.docx
Loi n° 2020-15

Article premier. La présente loi sera publiée au Journal officiel.

### silent S | informateur confidentiel et contrats confidentiels
From: Marc Olivier <marc.olivier@enquetes-afrique.example>
Subject: contribution - enquêtes Afrique

Bonjour,

Un informateur confidentiel nous a décrit les contrats, eux-mêmes confidentiels, entre la société et le ministère de la Défense. Notre contribution résume ce que nous avons pu vérifier.

Marc Olivier
@@ pdf EA_contribution.pdf
Contribution

Les contrats de défense et les sociétés privées.

### silent S | rapport divulgué à la presse
From: Agnès Moreau <agnes.moreau@transparence-defense.example>
Subject: à propos du rapport divulgué

Bonjour,

Le rapport de l'inspection, divulgué à la presse l'an dernier, montrait que des agents armés étrangers protégeaient des sites miniers. Notre contribution ci-jointe en reprend les conclusions.

Agnès Moreau
@@ docx TD_contribution.docx
Contribution

Conclusions du rapport d'inspection.

### silent S | contribution simple, rien sur la publication
From: Philippe Nguema <p.nguema@univ-libreville.example>
Subject: contribution

Bonjour, voici ma contribution sur les sociétés de gardiennage. Cordialement, Philippe Nguema
@@ pdf Nguema_contribution.pdf
Contribution

Les sociétés de gardiennage à Libreville.

### silent S | marchés publics et contrôle public
From: Sandrine Vidal <s.vidal@cour-comptes-observ.example>
Subject: les marchés publics de sécurité

Madame, Monsieur,

Les marchés publics de sécurité échappent souvent au contrôle public. Nous recommandons que les contrats soient publiés et que les parlements en soient saisis. L'identité des sous-traitants devrait être connue.

Sandrine Vidal
Observatoire des marchés publics

### silent S | une décision de justice dont la publication a été refusée
From: Henri Lagarde <h.lagarde@avocats-lagarde.example>
Subject: jurisprudence sur les mercenaires

Madame, Monsieur,

Le tribunal a refusé la publication de son jugement de 2019 dans l'affaire des anciens légionnaires. Nous vous en adressons un résumé établi à partir de l'audience.

Henri Lagarde
@@ docx Resume_jugement.docx
Résumé

Le tribunal a condamné deux recruteurs.

### silent S | note verbale sans demande
From: Mission permanente de Sorel <mission@sorel-geneve.example>
Subject: Note verbale n° 88

Veuillez trouver ci-joint notre note verbale.
@@ pdf NV_Sorel_88.pdf
La Mission permanente de Sorel présente ses compliments au Haut-Commissariat et a l'honneur de lui transmettre les informations suivantes : Sorel n'autorise pas l'activité de sociétés militaires privées sur son territoire.

La Mission permanente de Sorel saisit cette occasion pour renouveler au Haut-Commissariat l'assurance de sa très haute considération.

### silent S | le mot « identité » du sujet : contrôles d'identité
From: Mathieu Caron <mcaron@ligue-libertes.example>
Subject: contrôles d'identité par des agents privés

Bonjour,

Notre contribution porte sur les contrôles d'identité réalisés par des agents privés dans les gares, sans base légale claire, et sur la circulation des données personnelles ainsi collectées.

Mathieu Caron
Ligue des libertés

### plea N | demande d'aide personnelle
From: Alpha Camara <alpha.camara2020@courriel.example>
Subject: aidez moi svp

Bonjour monsieur,

Je suis Alpha Camara, retenu au centre de rétention depuis 3 mois, dossier n° 21-3382. Les agents m'ont frappé. Je n'ai pas d'avocat. Aidez-moi s'il vous plaît, ne le dites pas au centre.

### newsletter N | lettre d'information
From: Lettre de la Paix <infolettre@lettredelapaix.example>
Subject: La Lettre de la Paix n° 48 - agenda, publications, offres d'emploi

Dans ce numéro : notre nouvelle publication, l'agenda du mois et deux offres d'emploi.

Vous recevez ce courriel car vous êtes inscrit à notre lettre. Se désinscrire.

### invitation N | invitation à un colloque
From: Secrétariat du colloque <colloque@univ-paris-droit.example>
Subject: Invitation - colloque « Mercenariat et droit international »

Madame, Monsieur,

Nous avons le plaisir d'inviter les membres du Groupe de travail au colloque du 12 mai à Paris. Merci de confirmer votre participation.

### phishing N | hameçonnage
From: Service Messagerie <admin@messagerie-onu.example>
Subject: Votre compte sera désactivé

Cher utilisateur, votre compte sera désactivé sous 24 h. Cliquez ici pour confirmer vos identifiants : http://messagerie-onu.example/login

### autoreply N | réponse automatique
From: Aurélie Fournier <afournier@ong-espoir.example>
Subject: Réponse automatique : appel à contributions

Je suis absente jusqu'au 3 avril. Pour toute urgence, contactez secretariat@ong-espoir.example.

### question N | question sur la confidentialité avant envoi
From: Damien Rey <damien.rey@asso-migrants.example>
Subject: question avant envoi

Bonjour, si nous vous envoyons une contribution, pourra-t-elle rester confidentielle ? Nous n'avons encore rien envoyé. Merci, Damien Rey

### refusal C | corps HTML : « ne pas » en gras
From: Chantal Mukeba <cmukeba@enfants-kivu.example>
Subject: Enfants du Kivu - contribution

<html><body><p>Madame, Monsieur,</p><p>Merci de <b>ne pas</b> <a href="https://enfants-kivu.example">publier</a> notre contribution : les enfants cités sont reconnaissables.</p><p>Des recruteurs ont proposé à des garçons de 15 ans de garder des sites miniers.</p><p>Chantal Mukeba</p></body></html>

### refusal C | corps qui commence par un en-tête de note
From: Bernard Simon <bsimon@ministere-justice-ravon.example>
Subject: transmission

De : Direction des affaires criminelles
À : Groupe de travail sur les mercenaires
Date : 14 mars 2022
Objet : Poursuites engagées contre des recruteurs

La présente note est transmise à titre confidentiel et ne doit pas être rendue publique.

Trois procédures sont en cours contre des recruteurs établis à Ravon.

Bernard Simon

### consent P | « je donne mon accord pour la publication »
From: Aïcha Touré <aicha.toure@juristes-guinee.example>
Subject: contribution - Touré

Bonjour,

Ci-joint ma contribution sur les sociétés de sécurité à Conakry. Je donne mon accord pour sa publication.

Aïcha Touré
@@ pdf Toure_contribution.pdf
Contribution

Les sociétés de sécurité privée à Conakry.

### anonymity A | « à condition que mon nom n'apparaisse pas »
names: Gilles Ntumba; G. Ntumba; Ntumba
From: Gilles Ntumba <gilles.ntumba@courriel-rdc.example>
Subject: témoignage d'un ancien agent

Bonjour,

J'ai travaillé trois ans comme agent pour une société qui gardait une concession à Kolwezi. Vous pouvez publier ce témoignage à condition que mon nom n'apparaisse pas.

On nous demandait de fouiller les femmes à la sortie du site.

Gilles Ntumba

### conditional U | publication après la fin du procès seulement
From: Stéphanie Roux <s.roux@avocats-sans-frontiere-like.example>
Subject: contribution - procédures en cours

Bonjour,

Notre contribution peut être publiée, mais seulement une fois le procès terminé, sans doute à l'automne.

Stéphanie Roux
@@ docx Roux_contribution.docx
Contribution

Le procès des recruteurs devant la cour d'assises.

### silent S | « circulation » des armes et « diffusion » des technologies
From: Nicolas Bertrand <nbertrand@grip-like.example>
Subject: contribution sur la circulation des armes

Bonjour,

Notre contribution porte sur la circulation des armes légères entre sociétés de sécurité et groupes armés, et sur la diffusion des technologies de surveillance.

Nicolas Bertrand
@@ pdf Bertrand_contribution.pdf
Contribution

La circulation des armes légères.
"""
