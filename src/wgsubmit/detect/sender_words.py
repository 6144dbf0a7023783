"""The words that tell what kind of body a submitter is: a State's voice, an NHRI, a
university, a company, an NGO, a local authority; and the words around a name (a
sign-off, a role, "on behalf of")."""

from __future__ import annotations

import re

_I = re.IGNORECASE
# A State's voice: its mission, embassy, government or foreign ministry.
STATE_BODY = re.compile(
    r"(permanent (observer )?mission|permanent (representation|delegation)|mission permanente|"
    r"représentation permanente|prime minister['’]?s office|office of the prime minister|"
    r"(bureau|cabinet|services) du premier ministre|oficina del primer ministro|"
    r"délégation permanente|misi[oó]n permanente|representaci[oó]n permanente|"
    r"missão permanente|rappresentanza permanente|\bembassy\b|\bambassade\b|\bembajada\b|"
    r"\bmission\b|\bmisi[oó]n\b|\bmissão\b|ministry of foreign affairs|"
    r"ministère des affaires étrangères|ministerio de (relaciones|asuntos) exteriores|"
    r"\bSPF affaires étrangères|service public fédéral affaires étrangères|"
    r"federal public service foreign affairs|\bFOD buitenlandse zaken|"
    r"\bcanciller[ií]a\b|\bgovernment of\b|\bgouvernement (du|de|des)\b|\bgobierno de\b)",
    _I,
)
NOTE_VERBALE = re.compile(
    r"(presents its compliments|présente ses compliments|saluda atentamente|"
    r"apresenta os seus cumprimentos|has the honou?r to|a l'honneur de|tiene el honor de|"
    r"\bnote verbale\b|\bnota verbal\b|avails itself of this opportunity|"
    r"saisit cette occasion|aprovecha la oportunidad)",
    _I,
)
# A foreign ministry's or a government's mail domain.
GOVERNMENT_DOMAIN = re.compile(
    r"(^|\.)(gov|gob|gouv|govt|gv|go|gub|mfa|mofa|mae|maec|mrecic|mre|mire|rree|mrree|sre|"
    r"minrel|cancilleria|diplomatie|fed|fco|fcdo|dfa|dfat|eda|itamaraty|esteri|bund|"
    r"auswaertiges-amt|diplo|minbuza|mzv|mid|mea|exteriores|international\.gc)\.|"
    r"(^|\.)admin\.ch$",  # the Swiss federal administration's own domain, ending the address
    _I,
)
# Public bodies of a State that are not its government's voice, though they may write from
# its mail domain: a data-protection or information authority, an election body, a court,
# an audit office, a regional government.
# What a data-protection or access-to-information body is named for: also a submission's
# topic, so only beside a body's noun ("Agencia Española de Protección de Datos", "Data
# Protection Commission", "Instituto Nacional de Transparencia, Acceso a la Información").
_GUARDED = (
    r"(?:data protection|protection des données|protecci[oó]n de datos|datos personales|"
    r"donn[ée]es personnelles|informatique et (?:des )?libert[ée]s|acc[eè]s à l['’]information|"
    r"acceso a la informaci[oó]n|access to information|freedom of information)"
)
_BODY = (
    r"(?:authority|commission|commissioner|office|agency|board|council|inspectorate|institute|"
    r"autorité|commissaire|commissariat|agence|conseil|instance|institut|autoridad|agencia|"
    r"comisi[oó]n|comisionado|consejo|instituto|oficina|superintendencia|direcci[oó]n|"
    r"direction|unidad)"
)
PUBLIC_NOT_STATE = re.compile(
    rf"(\b{_BODY}\b[^.\n]{{0,60}}?\b{_GUARDED}|{_GUARDED}\s+{_BODY}\b|"
    r"information commissioner|privacy commissioner|"
    r"commissaire à la (?:protection de la )?vie privée|"
    r"\bprivacy (?:authority|office|agency)|electoral (?:commission|tribunal|council)|"
    r"election commission|commission électorale|tribunal (?:supremo )?electoral|"
    r"consejo nacional electoral|\bsupreme court\b|constitutional court|\bcour (?:suprême|"
    r"constitutionnelle|des comptes)|\bcorte (?:suprema|constitucional)|auditor[- ]general|"
    r"contralor[ií]a|\b(?:provincial|state|regional|cantonal) government\b|"
    r"\bgobierno (?:provincial|auton[oó]mico|regional|vasco|de la provincia|de la ciudad)|"
    r"\bgouvernement (?:provincial|régional|du québec)|\bgeneralitat\b|\bxunta de\b|"
    r"\bcomunidad aut[oó]noma|\b(?:scottish|welsh) government\b|"
    # a State's independent commission: "Federal Commission on Migration"
    r"\bfederal commission\b|\bcommission fédérale\b|\bcomisi[oó]n federal\b)",
    _I,
)
# A media regulator or a press council, a body of its own when it is the one that writes
# ("Media Council of …", "Haute Autorité de la communication audiovisuelle", "Consejo
# Nacional de Televisión"); read in a name only: a State's note may say it worked with one.
MEDIA_REGULATOR = re.compile(
    r"(\b(?:media|broadcasting|audiovisual|communications?|press) (?:regulator|regulatory "
    r"authority|authority|council|commission|complaints commission)\b|"
    r"\b(?:autorit[ée]|conseil|instance)\b[^.\n]{0,40}?\b(?:de l['’]audiovisuel|de la "
    r"communication|de (?:la )?presse|des médias)|\bconsejo (?:nacional )?de (?:radio|"
    r"televisi[oó]n|prensa|medios)|\bautoridad (?:nacional )?de (?:medios|televisi[oó]n)|"
    r"\b(?:regulator|régulat|regulador)\w* (?:of|de|des|du|for) [^.\n]{0,30}?"
    r"(?:media|médias|medios|audiovisu|broadcast|communications?|comunicaciones))",
    _I,
)
MUNICIPAL = re.compile(
    r"(ayuntamiento|municipalidad|municipio|alcald[ií]a|municipal|municipality|city council|"
    r"(borough|county|district|town) council|local authorit|"
    r"city of|mairie|commune de|ville de|parliament|parlement|parlamento|congreso)",
    _I,
)
NHRI = re.compile(
    r"(human rights commission|commission (on|for) human rights|national (human rights )?"
    r"(commission|council|institution|institute|centre|center) (on|for) human rights|"
    r"(?<!high\s)commissioner for human rights|"
    r"human rights commissioner|"
    r"ombuds(man|person|office)|public defender|people'?s advocate|"
    r"defensor[ií]a del pueblo|defensor del pueblo|defensor[ií]a de los habitantes|"
    r"procuradur[ií]a (para la defensa )?de (los )?derechos humanos|"
    r"procurador de (los )?derechos humanos|comisi[oó]n nacional de (los )?derechos humanos|"
    r"comisionado nacional de (los )?derechos humanos|"
    r"instituci[oó]n nacional de derechos humanos|instituto nacional de derechos humanos|"
    r"commission nationale( consultative| indépendante)? des droits (de l'homme|humains|"
    r"de la personne)|"
    r"conseil national des droits (de l'homme|humains)|commission des droits de la personne|"
    r"commission canadienne des droits|institution nationale des droits|"
    r"commission des droits de l'homme (du|de la|de l'|des|d')\s?[A-ZÉ]|"
    r"comité [a-zé]+ais des droits de l'homme|"
    r"défenseur des droits|protecteur du citoyen|\bmédiateur de la république\b|"
    # Haiti's, as GANHRI's chart of accreditation names it
    r"office de la protection du citoyen|"
    r"national human rights institution|\bnhri\b)",
    _I,
)
ACADEMIC = re.compile(
    r"(universit[yéàä]|universidad|universidade|universiteit|\bcollege\b|law school|"
    r"school of law|faculty of|faculté|facultad|\bacademy\b|académie|academia\b|"
    r"research (centre|center|group|institute|unit|chair)|"
    # "Centre for Labour and Technology Research": the research it does after its name
    r"\b(?:centre|center|institute) for (?:[\w'’-]+,? ){1,6}research\b|"
    # "Centre de recherche et d'information pour les droits …", "Centro de Investigación y
    # Promoción": research joined to informing or campaigning is an association's
    r"(?:centre|groupe|équipe|unité) de recherche(?!\s+et\s+d['’](?:information|action|"
    r"éducation|intervention)|\s+et\s+de\s+(?:documentation|plaidoyer|formation))|"
    r"(?:centro|grupo) de investigaci[oó]n(?!\s+y\s+(?:documentaci|acci|promoci|educaci|"
    r"capacitaci|informaci))|instituto de investigaci|"
    r"laboratoire|\bchaire\b|cátedra|legal clinic|law clinic|rights clinic|"
    r"clínica jurídica|clinique juridique|\bseminario\b|institute of .{0,40}studies|"
    r"graduate institute|global studies institute|instituto de estudios|institut d'études)",
    _I,
)
ACADEMIC_DOMAIN = re.compile(
    # "uni-heidelberg.de", "unige.ch": a short label, not "united-dw" or "uniendocristales"
    r"(\.edu(\.[a-z]{2})?$|\.ac\.[a-z]{2}$|(^|[.-])univ|"
    r"(^|\.)uni(?!t(?:ed|y|e|ar)|on|dos|das|son|lever|cef|c\.)(?:-[a-z-]+|[a-z]{0,10}\d?)\.)"
)
ACADEMIC_PERSON = re.compile(
    r"(\bprof(essor|esseure?|esora?)?\b\.?|\bpr\.|\bph\.?d\b|lecturer|"
    r"researcher|chercheu[rs]|investigador|maître de conférences|catedrátic)",
    _I,
)
CIVIL_SOCIETY = re.compile(
    r"(associa|asocia|network|\bred\b|réseau|coalition|coalici|collecti|colectiv|alliance|"
    r"alianza|\bforum\b|\bforo\b|foundation|fundaci|fondation|project|projet|proyecto|"
    r"initiative|iniciativa|\bwatch\b|observator|observatoire|centre|center|centro|ligue|league|movement|"
    r"movimiento|mouvement|\bong\b|\bngo\b|non-governmental|non gouvernement|"
    r"no gubernamental|platform|plataforma|plateforme|committee|comité|pastoral|\btrust\b|"
    r"\baction\b|clínica|clinic|\bsociety\b|société civile|sociedad civil|defenders|"
    r"defensoras|ministries|caritas|amnesty|secours|solidari|programa|programme|collective|"
    r"\blab\b|monitor|\bunit\b|federa|fédéra|confedera|confédéra|funda[cç][aã]o|"
    r"\bverein\b|stiftung|\be\.v\.|"
    # a civil association's legal form: "A.C." (México), "asbl" (Belgique), "I.A.P."
    r"(?<!\w)a\.\s?c\.(?!\w)|\basbl\b|\bi\.a\.p\.)",
    _I,
)
# A person of the press who says what they are, in the first person singular: "Soy editor
# de un periódico regional", "I am a freelance reporter", "Je suis journaliste": they write
# as themselves, not as the outlet their signature names.
PRESS_PERSON = re.compile(
    r"\b(?:I am|I['’]m|soy|je suis)\s+(?:an?\s+|un[ae]?\s+)?(?:[\w-]+\s+)?(?:editor|"
    r"editora|journalist|reporter|periodista|journaliste|rédact(?:eur|rice)|redactor|"
    r"redactora|photojournalist|fotoperiodista|photographe|photographer|fot[oó]grafa?|"
    r"correspondent|corresponsal|reportera?)\b",
    _I,
)
PERSONAL = re.compile(
    r"(personal capacity|in my own name|à titre personnel|en mon nom|a título personal|"
    r"en mi nombre|as an individual|my (own )?(experience|testimony)|"
    r"\b(?:writ\w*|submit\w*|sen[dt]\w*|speak\w*) (?:\w+ ){0,2}?privately\b|private capacity|"
    r"as a private (?:citizen|individual|person)|"
    r"à titre privé|a título privado|capacité personnelle|capacidad personal|"
    r"my (own|personal) (submission|input|views|contribution)|"
    r"mon témoignage|mi testimonio|mi aporte|ma contribution)".replace(" ", r"\s+"),
    _I,  # a phrase wrapped over two lines is the same phrase
)
# A scholar who says they write as one, for no body: "I write as a scholar of international
# law", "J'écris à titre d'universitaire", "como investigadora" (not "as a researcher at X").
AS_SCHOLAR = re.compile(
    (
        r"(?:\bas an? (?:scholar|academic|researcher)|à titre d['’](?:universitaire|enseignant|"
        r"chercheu(?:r|se))|\ben (?:tant que |qualité d['’])(?:universitaire|chercheu(?:r|se)|"
        r"enseignante?-chercheu(?:r|se))|\bcomo (?:investigadora?|académic[oa]|profesora?))\b"
        # then the clause ends, or a field follows ("of international law", "en droit"), not
        # a place or a body ("at the Centre", "working at", "du CNRS", "titular en la")
        r"(?=\s*(?:[,.;:)]|$)| (?:of|in|on|en|de|sobre|sur) (?!(?:the|la|le|les|el|los|las|du|"
        r"des|del|l['’])\b)[a-zà-ÿ])"
    ).replace(" ", r"\s+"),  # a phrase wrapped over two lines is the same phrase
    _I,
)
# A researcher who says they belong to no institution: a person, not a university's.
INDEPENDENT = re.compile(
    (
        r"(\bindependent (?:researcher|scholar|academic)|chercheu(?:r|se) indépendante?|"
        r"investigadora? independiente|"
        # the writer's own affiliation, not a company's with a ministry or a union's members
        r"(?:\bno (?:institutional )?affiliation|sans affiliation|sin afiliaci[oó]n)"
        r"(?: institucional| institutionnelle)?(?!\s*(?:with|to|between|avec|à|con|a|sindical)\b))"
    ).replace(" ", r"\s+"),
    _I,
)
JOINT = re.compile(
    r"(joint submission|joint contribution|contribution conjointe|soumission conjointe|"
    r"joint (?:report|input|response)|rapport conjoint|réponse conjointe|informe conjunto|"
    r"respuesta conjunta|submitted jointly|jointly submitted|présentée? conjointement|"
    r"presentad[oa] conjuntamente|"
    r"contribuci[oó]n conjunta|aporte conjunto|co-?signed by|cosigned by|co-signatories|"
    r"signataires|firmantes|suscrita por|con la adhesi[oó]n de|endorsed by|avec le soutien de|"
    r"en conjunto con|conjuntamente con|jointly with|conjointement avec|\bjointly\b|"
    r"\bconjointement\b|\bconjuntamente\b|\bjoint submission|soussign|undersigned|"
    r"abajo firmantes|\bsignatories\b|signatory organi[sz]ations|endorsing organi[sz]ations|"
    r"(?:also )?signed (?:also )?by|firmad[oa] (?:también )?por|sign[ée]e? (?:également )?par|"
    r"cosign[ée]e? par|co-?firmad[oa] por|avalad[oa] por|respaldad[oa] por)",
    _I,
)
SIGN_OFF = re.compile(
    r"^\s*(with\s+)?(my\s+|our\s+)?(best|kind|kindest|warm|warmest)?\s*(regards|wishes)|"
    r"^\s*(sincerely|yours|respectfully|thank you|"
    r"thanks|best|many thanks|with thanks)\b|^\s*(bien |très )?(cordialement|bien à vous|"
    r"merci|salutations|sincères salutations|"
    r"meilleures salutations|respectueusement|bonne (?:journée|soirée|fin de journée)|"
    r"belle journée)|^\s*(?:que tengan? (?:un )?buen día|buen día)\b|^\s*(mit freundlichen grüßen|"
    r"(?:mit )?(?:besten|herzlichen|viele|beste) grüße|atenciosamente|cordiais saudações|"
    r"(?:distinti|cordiali) saluti|met vriendelijke groet)|^\s*(atentamente|saludos|cordialmente|"
    r"un (?:cordial |afectuoso )?saludo|con (?:un )?(?:cordial )?saludo|cordiales saludos|reciba|"
    r"quedo|gracias|muchas gracias|saludos cordiales|fraternalmente|solidariamente|en solidaridad|"
    r"un (?:fuerte )?abrazo|abrazos|saludos fraternos|sinceramente|con (?:todo )?(?:mi |nuestro )?"
    r"(?:afecto|cariño|respeto)|respetuosamente)|"
    r"^\s*(?:in solidarity|fraternellement|solidairement|en solidarité|amitiés|all the best|"
    r"cheers)\b|"
    r"^\s*avec (?:mes |nos |les |toutes mes )?"
    r"(?:meilleures |sincères |cordiales )?salutations|^\s*veuillez agréer|"
    # thanks as the closing ("Avec nos remerciements,", "Con nuestro agradecimiento,")
    r"^\s*(?:avec (?:mes |nos |tous mes |tous nos )?(?:sincères |vifs )?remerciements|"
    r"en vous remerciant|con (?:mi |nuestro |nuestros )?(?:sincero |sinceros )?agradecimientos?|"
    r"agradeci[eé]ndo(?:le|les)?|thanking you)\b",
    _I,
)
ROLE = re.compile(
    r"^(the |le |la |el |l')?(?:co-|vice[- ]|deputy |acting |interim |sub-?)?"
    r"(service|public affairs|policy officer|lecturer|"
    r"(?:assistant |associate |adjunct |visiting |full |clinical )?professor|área|"
    r"area|equipo|team|équipe|research team|programme officer|program officer|coordinator|"
    r"coordinadora?|coordination|coordinaci[oó]n|coordena[cç][aã]o|coordenador[a]?|"
    r"diretor[a]?|assessor[a]?|secretariat|secrétariat|secretaría|incidencia|advocacy|"
    r"research unit|info|contact|office|oficina|admin|communications?|director|directora?|"
    r"(?:accueil|r[eé]ception|recepci[oó]n|front desk)(?=\s*(?:[-–—|:,]|$))|"
    r"(?:programs?|programmes?|communications?|policy|advocacy|media|press|admin|research|"
    r"campaigns?|support|membership|outreach|operations|info)\s+(?:team|unit|desk)|"
    r"directeur|directrice|head of|chief|senior|legal|juridique|jurídica|president[ae]?|"
    r"présidente?|executive|membre|member|on behalf|responsable|chargée?|encargad[oa]|"
    r"oficial|asesora?|conseill(?:er|ère)|advis[oe]r|analyst|analista|researcher|"
    r"investigador[a]?|chercheu(?:r|se)|manager|officer|lawyer|abogad[oa]|avocate?|counsel|"
    r"fellow|stagiaire|campaigner|conven[eo]r|spokes(?:person|woman|man)|portavoz|porte-parole|"
    r"founder|co-founder|fundador[a]?|fondat(?:eur|rice)|técnic[oa]|secretary|secretari[oa]|"
    r"chair(?:person|woman|man)?|co-?chair|vice[- ]chair|trustee|treasurer|tesorer[oa]|"
    r"trésori(?:er|ère)|board member|board(?: of (?:directors|trustees))?(?=\s*$)|"
    r"junta directiva|conseil d['’]administration|"
    r"juriste|jurista|paralegal|attorney|solicitor|barrister|"
    r"délégu(?:é|ée)|delegate|representative|représentante?|representante|"
    r"(?:managing |senior )?partner|associée?|socia?|ceo|cfo|coo|cto|general manager|"
    r"gerente|pdg|drh|rrhh|counsell?or|consejer[oa]|professeure?|profesor[a]?|catedr[aá]tic[oa]|"
    r"coordinat(?:eur|rice)|attach[ée]e?|agregad[oa]|first secretary|primer[oa]? secretari[oa]|"
    r"premi(?:er|ère) secrétaire|ambassador|embajador[a]?|ambassadeur|ambassadrice|"
    r"consultant[e]?|consultor[a]?|specialist|especialista|spécialiste|assistant[e]?|"
    r"asistente|volunteer|voluntari[oa]|bénévole|intern|pasante|diputad[oa]|senador[a]?|"
    r"senator|député[e]?|sénat(?:eur|rice)|congress(?:wo)?man|parliamentarian|"
    r"parlamentari[oa]|parlementaire|deputy mayor|adjointe? au maire|teniente de alcalde|"
    r"concejal[a]?|councillor|conseill(?:er|ère) municipal(?:e)?|coordonnat(?:eur|rice)|"
    r"jef[ae] de misi[oó]n|chef(?:fe)? de mission|chief of mission|"
    # alone on their line, not a body's name ("Comisionado Nacional de los Derechos …")
    r"(?:commissaire|comisionad[oa]|secrétaire générale?|secretari[oa] general|mayor|maire|"
    r"alcalde(?:sa)?)(?=\s*$))\b",
    _I,
)
# An English post named by its last word, after up to three that qualify it: "Policy
# Manager", "Senior Legal Adviser", "Migrant Rights Programme Coordinator".
ROLE_HEAD = re.compile(
    r"^(?:[\w&’'-]+\s+){0,3}(?:manager|officer|director|coordinator|adviser|advisor|"
    r"counsell?or|analyst|researcher|lawyer|consultant|assistant|specialist|associate|fellow|"
    r"secretary|representative|delegate|attach[ée]|minister|ambassador|professor|lecturer|"
    r"head|lead|chair|president|editor|organi[sz]er|campaigner|spokesperson|founder|trustee|"
    r"intern|volunteer|counsel|attorney|diplomat|strategist|advocate|commissioner|mayor|"
    r"relations|affairs)$",
    _I,
)
# "on behalf of X", "submission from X", "contribution de X", "aporte de X"; "Au nom de X"
# at a sentence's start too.
BY_PHRASE = re.compile(
    r"(?i:on behalf of|submitted by|submission (?:of|from|by)|contribution (?:of|from|by)|"
    r"input (?:of|from|by)|comments (?:of|from)|au nom de|de la part de|"
    r"contribution (?:de|du|des)|soumission (?:de|du|des)|en nombre de|de parte de|"
    r"contribuci[oó]n (?:de|del)|aporte (?:de|del)|insumo (?:de|del)|"
    r"aportaci[oó]n (?:de|del)|led by|"
    r"contribui[cç][aã]o (?:da|do|de|dos|das)|"
    r"encabezada por|menée par|researchers at|investigadores de|colleagues and (?:I|me) at|"
    r"we at)(?:[ \t]+\n?|\n)[ \t]*"  # a blank line ends the phrase
    r"(?i:the |la |le |l'|les |el |los |las )?"
    # "S.A.A", "S.r.l", "(…)" whole
    r"([A-ZÀ-Ý](?:[^\n.;:()]|\.(?=[A-Z]\.?|[a-z]\.)|\([^()\n]{1,60}\)){2,120})",
)
# A closing line that speaks for a team: "On behalf of everyone at X,", "With best wishes
# from the team of X,", "Au nom de toute l'équipe de X,", "Con un saludo del equipo de X,".
TEAM_OF = re.compile(
    r"(?i:(?:\beveryone|\ball of us|\b(?:the |our |whole |entire )+team|\bl['’]équipe|"
    r"\bel equipo|\bdel equipo|\btodos nosotros|\btous et toutes)\s+(?:at|of|from|in|de|d['’]|du|"
    r"de la|de l['’]|del|chez|en)\s*(?:the |la |le |l['’]|el |los |las |les )?)"
    r"([A-ZÀ-Ý][^\n]{2,150}?)[ \t]*[,.!]?[ \t]*$",
    re.MULTILINE,
)
# A lawyer or a firm writing for its client: the client is the submitter.
REPRESENTS = re.compile(
    r"(?i:en (?:nombre y )?representaci[oó]n de|in representation of|pour le compte de|"
    r"as counsel (?:to|for)|acting (?:on behalf of|for) (?:our|my) clients?,?|"
    r"we act for|we represent|agissant pour le compte de|nous repr[ée]sentons|"
    r"representamos a|actuando en (?:nombre|representaci[oó]n) de|"
    r"en (?:nuestra|mi|su) calidad de (?:apoderad[oa]s?|abogad[oa]s?|representantes? "
    r"legal(?:es)?) de(?: la| los| las| el)?|en (?:notre|ma) qualité d['’]avocats? d[eu]|"
    r"on behalf of (?:our|my) clients?,?|representing (?:our|my) clients?,?|"
    r"au nom de (?:notre|nos|mon|ma) client(?:e|s|es)?,?|"
    r"en nombre de (?:nuestr[oa]s?|mis?) (?:cliente|representad[oa])s?,?)(?:[ \t]+\n?|\n)[ \t]*"
    r"(?i:the |la |le |l'|les |el |los |las )?"
    r"([A-ZÀ-Ý](?:[^\n.;:()]|\.(?=[A-Z]\.?|[a-z]\.)|\([^()\n]{1,60}\)){2,120})",
)
# A person saying where they work: "I am the director of X", "As Policy Director at X",
# "I write for X", "Je travaille pour l'association X", "Trabajo en la Fundación X".
_POST = (  # a person's post, perhaps qualified: "Policy Director", "responsable juridique"
    r"(?:[\w-]+ ){0,3}?(?:director|directora?|directeur|directrice|coordinator|"
    r"coordinador[a]?|coordinat(?:eur|rice)|officer|manager|head|chair(?:person)?|president|"
    r"president[ea]?|présidente?|founder|fundador[a]?|fondat(?:eur|rice)|lawyer|abogad[oa]|"
    r"avocate?|researcher|investigador[a]?|chercheu(?:r|se)|responsable|chargée?|secretary|"
    r"secretari[oa]|member|miembro|membre|advis[oe]r|asesor[a]?|conseill(?:er|ère)|analyst|"
    r"analista)(?: [\w-]+){0,2}?"
)
WORKS_AT = re.compile(
    rf"(?i:\bI am (?:the |a |an )?{_POST} (?:of|at|with|for)|\bI work (?:at|for|with)|"
    rf"\bI write (?:for|from)|\bas (?:the |a |an )?{_POST} (?:of|at|with)|"
    rf"je travaille (?:pour|à|au sein de|chez)|en tant que {_POST} (?:de|du|des|à)|"
    rf"trabajo (?:en|para|con)|soy {_POST} (?:de|del|en)|como {_POST} (?:de|del|en)|"
    rf"en mi calidad de {_POST} (?:de|del|en)|en ma qualité de {_POST} (?:de|du|des|à)|"
    rf"je suis (?:la |le |l['’])?{_POST} (?:de|du|des|d['’])|"
    r"(?:les |le |te |vous )?(?:escribo|escribimos|écris|écrivons) (?:desde|depuis|au nom de|"
    r"de la part de|en nombre de)|I(?:'m| am) writing (?:from|on behalf of)|"
    rf"in my capacity as (?:the |a |an )?{_POST} (?:of|at|with)|"
    r"(?:my|our|mi|nuestra|ma|notre) (?:organi[sz]ation|organizaci[oó]n|association|"
    r"asociaci[oó]n|ong|ngo|company|empresa|entreprise|société),?)\s+"
    r"(?i:the |la |le |l'|l’|el |los |las |les )?"
    r"(?i:(?:association|organi[sz]ation|asociaci[oó]n|organizaci[oó]n|ong|ngo)\s+)?"
    r"([A-ZÀ-Ý](?:[^\n.;:()]|\.(?=[A-Z]\.?|[a-z]\.)|\([^()\n]{1,60}\)){2,120})",
)
NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
    "siete": 7, "ocho": 8, "nueve": 9, "diez": 10,
}  # fmt: skip
# A sender saying what it is: "Nous sommes une association d'étudiants …", "We are a trade
# union …", "Somos un sindicato …" (what follows is read as a name's words are).
SAYS_IT_IS = re.compile(
    r"\b(?:we are|nous sommes|somos)\s+(?:an?|une?|una|the|la|le|el)\s+(?P<said>[^.;:\n]{3,90})|"
    r"\b(?:our|notre|nuestr[oa])\s+(?P<own>(?!(?:[\w-]+\s+)?(?:european|african|credit|customs|"
    r"postal|inter-parliamentary)\s+union)(?:[\w-]+\s+){0,2}(?:union|syndicat|sindicato)\b"
    r"[^.;:\n]{0,60})",
    _I,
)
# A body named "… Union" that says it organises working people is a trade union ("… Union,
# which organises hospital porters"), not a union of States.
ORGANISES_WORKERS = re.compile(
    r"\b(?:organi[sz]es?|organisent|organiza|organizan|agrupa|afilia|syndique|represents|"
    r"représente|representa)\s+(?:[\w-]+\s+){0,4}?(?:workers|officers|cleaners|employees|"
    r"staff|carers|nurses|drivers|labourers|trabajador[ae]s|emplead[oa]s|travailleu(?:r|se)s|"
    r"salariée?s|agents|employée?s)\b",
    _I,
)
# An elected member named with the title, as the one the mail is for: "on behalf of
# Senator Alicia Ng", "Submission of Senator …", "au nom de la députée …".
ELECTED_FOR = re.compile(
    r"(?i:on behalf of|submission (?:of|from)|input (?:of|from)|au nom d[eu]|de la part d[eu]|"
    r"en nombre del?|de parte del?|(?:the )?office of|despacho del?|bureau d[eu]|cabinet d[eu]|"
    r"por instrucciones del?|on the instructions of|at the request of|à la demande d[eu]|"
    r"a (?:pedido|solicitud) del?)\s+(?i:the |la |le |el |l['’])?"
    r"(?i:senator|sen\.|senador[a]?|diputad[oa]|député[e]?|sénat(?:eur|rice)|MP|MEP|"
    r"congress(?:wo)?man|hon\.)\s+([A-ZÀ-Ý][\w'’-]+(?:[ \t]+[A-ZÀ-Ý][\w'’-]+){1,3})"
)
# Intergovernmental bodies no list names: "an intergovernmental organization".
INTERGOVERNMENTAL = re.compile(
    r"(intergovernmental|intergouvernementale?|intergubernamental|inter-governmental|"
    r"international centre for migration policy|organisation internationale de la "
    r"francophonie|organización iberoamericana|secretar[ií]a general iberoamericana)",
    _I,
)
# A body of a region's States, by its name: a regional development bank, a region's
# parliament, a commission or economic community of a region ("African Development Bank",
# "Banque africaine de développement", "Parlamento Latinoamericano", "Commission des forêts
# d'Afrique centrale"); a parliament of one State is `other`, a network of a region civil
# society (its words win).
_REGION = (
    r"(?:west|central|east|southern)\s+african\s+states|"
    r"(?:(?:west|east|central|southern|north|south|southeast|south-east)\s+)?(?:africa|asia|"
    r"europe|latin america|the caribbean|central america|the pacific|the arab states)|"
    r"l['’]?afrique(?:\s+(?:centrale|de l['’]ouest|de l['’]est|australe))?|"
    r"afrique\s+(?:centrale|de l['’]ouest|de l['’]est|australe)|"
    r"l['’]am[ée]rique (?:latine|centrale)|am[ée]rique (?:latine|centrale)|les caraïbes|"
    r"l['’]asie|(?:[áa]frica|am[ée]rica latina|"
    r"centroam[ée]rica|el caribe|asia)(?:\s+(?:central|occidental|oriental|austral))?"
)
REGIONAL_BODY = re.compile(
    r"\b(?:african|asian|inter-?american|caribbean|islamic|central american|european|arab|"
    r"west african|east african)\s+(?:development|investment)\s+bank\b|"
    r"\bbanque\s+(?:africaine|asiatique|interam[ée]ricaine|islamique|ouest-africaine|"
    r"europ[ée]enne|arabe)\s+(?:de d[ée]veloppement|d['’]investissement)|"
    r"\bbanco\s+(?:africano|asi[aá]tico|interamericano|centroamericano|isl[aá]mico|europeo)\s+de\s+"
    r"(?:desarrollo|inversiones|integraci[oó]n)|"
    r"\bparlamento\s+(?:latinoamericano|andino|centroamericano|europeo|panafricano)|"
    r"\bparlement\s+(?:panafricain|europ[ée]en|andin|latino-am[ée]ricain)|"
    r"\b(?:pan-african|european|andean|central american|latin american)\s+parliament\b|"
    r"\b(?:commission|comisi[oó]n|community|communaut[ée]|comunidad)\b[^\n,;()]{0,40}?"
    r"(?:\b(?:of|for|de|des|du|pour|para|del)\s+|\bd['’])(?:la\s+|the\s+)?"
    rf"(?:{_REGION})(?!\w)",
    _I,
)
# What a body says it is, read as a fund, programme or agency of the United Nations: "…,
# the United Nations global fund for education in emergencies", "…, un programme des
# Nations Unies", "…, el fondo de las Naciones Unidas para …".
SAID_UN_BODY = re.compile(
    r"^(?:[\w-]+\s+){0,3}?(?:(?:united nations|UN|nations unies|naciones unidas|ONU)(?:['’]s)?"
    r"\s+(?:[\w-]+\s+){0,2}?(?:funds?|programmes?|programs?|agency|agencies|entity|office)\b|"
    r"(?:fonds|fondo|programmes?|programas?|agence|agencia|organismo|organisme|entit[ée]|"
    r"entidad|fund|programme|agency)\s+(?:[\w-]+\s+){0,2}?(?:of the|des|de las|del sistema de "
    r"las) (?:united nations|nations unies|naciones unidas)\b)",
    _I,
)
# An elected member signing as such: a parliamentarian's submission is `other`.
PARLIAMENTARIAN = re.compile(
    r"(\bmember of (the )?(european |national )?parliament\b|\bparliamentarian\b|\bMP\b|"
    r"\bMEP\b|\bsenator\b|\bsenador[a]?\b|\bdiputad[oa]\b|\bdéputée?\b|\bsénat(eur|rice)\b|"
    r"\bcongress(wo)?man\b|\bcongresista\b|\bmembre du parlement\b|\bmiembro del parlamento\b|"
    r"\bsen\.(?=\s+\w)|\bdip\.(?=\s+[A-ZÀ-Ý]))",
    re.IGNORECASE,
)
# A sentence whose subject is the submitter: "The Centre for Human Rights at the University
# of Pretoria is pleased to send …", "La Comisión … tiene el agrado de …".
SPEAKS = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:The |La |Le |El |L')?"
    r"([A-ZÀ-Ý](?:[^\n.;:()]|\([^()\n]{1,20}\)){2,120}?)"  # "(ACRONYM)" read whole
    # what it is, between commas: "…, a non-governmental organisation,", "…, qui représente …,"
    r"(?:,\s+(?:a|an|the|un|une|una|qui|which|who|que|r[ée]seau|red|network)\s[^\n.;:]{2,160}?,)?\s+"
    r"(?:is pleased to|is happy to|has the pleasure|submits|hereby submits|respectfully submits|"
    r"est heureu(?:x|se) de|"
    r"a le plaisir de|soumet|tiene el agrado de|se complace en|remite|presenta su|"
    r"shares the attached|sends (?:its|the attached)|"
    r"(?:has|a|tiene) (?:the honou?r|l'honneur|el honor) (?:to|de) (?:submit|transmit|present|"
    r"vous (?:transmettre|soumettre|présenter|adresser)|remitir|presentar|enviar)|"
    r"vous (?:transmet|adresse|envoie|soumet)\b|env[ií]a su|transmite su|comparte su|"
    r"shares its|partage (?:sa|son)\b|presenta (?:este|esta|el|la)\b|"
    r"présente (?:sa|son|cette|ce|la|le)\b|presents (?:its|this|the)\b|"
    r"welcomes (?:the|this)\b|se félicite de|agradece (?:la|esta)\b|saluda (?:la|esta)\b|"
    r"is grateful for|remercie (?:le|la|les)\b)"
)
# An organization that introduces itself: "Somos Ministerio de la Calle, una asociación
# civil …", "We are X, a network of …"; its name may read like a person's.
INTRODUCES = re.compile(
    r"(?:We are|Somos|Nous sommes)\s+(?:the |la |el |le |l')?([A-ZÀ-Ý][^\n.;:,()]{2,80}),\s+"
    r"(?:a|an|una|une|un)\s+(?:[\w-]+\s+)?(?i:association|asociaci[oó]n|organi[sz]ation|"
    r"organizaci[oó]n|ngo|ong|non-profit|charity|network|red|réseau|collective|colectivo|"
    r"collectif|coalition|coalici[oó]n|group|grupo|groupe|foundation|fundaci[oó]n|fondation)\b"
)
# An acronym and its office's word after it, on a shared mailbox: the office is no name.
ACRONYM_OFFICE = re.compile(
    r"^([A-Z][A-Z0-9&-]{1,11})\s+(?i:secretariat|secrétariat|secretar[ií]a|secretariado|"
    r"office|bureau|oficina|info|infos|contact|contacto|admin|team|équipe|equipo)$"
)
