/**
 * English language data for the analysis stages. Data only: word lists and the reasons they exist.
 * Algorithms (and the regexes they compile from these lists) live in the stage files.
 */

/**
 * Verbs of saying used in news attribution (LABELS.md: said, says, told, added, according to, argued,
 * wrote, tweeted…). Past and present forms; "according to" is handled as its own pattern.
 */
export const SPEECH_VERBS = [
  'said', 'says', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'argued', 'argues', 'tweeted', 'tweets',
  'explained', 'explains', 'noted', 'notes', 'stated', 'states', 'asked', 'asks', 'replied', 'replies',
  'continued', 'continues', 'insisted', 'insists', 'claimed', 'claims', 'warned', 'warns', 'recalled', 'recalls',
  'acknowledged', 'acknowledges', 'admitted', 'admits', 'announced', 'announces', 'declared', 'declares',
  'suggested', 'suggests', 'posted', 'posts', 'testified', 'testifies', 'emphasized', 'emphasizes', 'stressed',
  'stresses', 'cautioned', 'cautions', 'conceded', 'concedes', 'observed', 'observes', 'predicted', 'predicts',
  'responded', 'responds', 'confirmed', 'confirms', 'reported', 'reports', 'instructed', 'instructs',
  'believes', 'believed', 'thinks', 'thought', 'contends', 'contended', 'maintains', 'maintained', 'pointed out',
  'points out', 'went on', 'goes on',
] as const;

/**
 * Speech verbs that are also plural nouns: after a lower-case word that opens no clause, the capitalised
 * word before them is a modifier, not a subject ("data from different US states, insurance lines").
 */
export const NOUN_LIKE_SPEECH_VERBS = ['states', 'notes', 'reports', 'claims', 'posts', 'tweets', 'stresses', 'cautions'] as const;

/**
 * Speech verbs that also take an infinitive, and then report no words: "Mr. Coffee continues to be a
 * solid go-to", "the firm claims to have", "she went on to win".
 */
export const INFINITIVE_SPEECH_VERBS = ['continued', 'continues', 'claimed', 'claims', 'went on', 'goes on'] as const;

/** Speech verbs whose object is the listener (told The Associated Press): the name after them never speaks. */
export const LISTENER_SPEECH_VERBS = ['told', 'tells'] as const;

/** Verbs that report what an outlet published: they make org speakers, never person speakers. */
export const PUBLICATION_VERBS = ['reported', 'reports', 'published', 'publishes'] as const;

/** Singular personal pronouns that refer back to the last speaker ("he said"). */
export const PRONOUNS = ['he', 'she'] as const;

/** Honorifics before a surname (Mr. Kerry): the mention is an alias of a speaker with that surname. */
export const HONORIFICS = ['Mr.', 'Mrs.', 'Ms.', 'Miss', 'Dr.', 'Prof.', 'Sir', 'Dame', 'Mr', 'Mrs', 'Ms', 'Dr'] as const;

/**
 * Title words that may stand before a name ("Secretary of State John Kerry", "Chief Inspector Jennifer
 * Mattinson"). Capitalised forms are read as part of the title, not of the name.
 */
export const TITLE_WORDS = [
  'President', 'Vice', 'Secretary', 'Minister', 'Prime', 'Senator', 'Sen.', 'Rep.', 'Representative', 'Governor',
  'Gov.', 'Mayor', 'Chief', 'Inspector', 'Detective', 'Officer', 'Sergeant', 'Sgt.', 'Captain', 'Capt.', 'General',
  'Gen.', 'Colonel', 'Col.', 'Lieutenant', 'Lt.', 'Judge', 'Justice', 'Professor', 'Commissioner', 'Deputy',
  'Director', 'Chairman', 'Chairwoman', 'Chair', 'CEO', 'Ambassador', 'Attorney', 'Councilman', 'Councilwoman',
  'Superintendent', 'Constable', 'Coach', 'Pope', 'King', 'Queen', 'Prince', 'Princess', 'Father', 'Rev.',
  'Reverend', 'Speaker', 'Leader', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'Dean', 'Chancellor', 'Sheriff',
  'Assistant', 'Associate', 'Executive', 'Senior', 'Former', 'State', 'of', 'General', 'Defense', 'Foreign',
  'Manager', 'Owner', 'Founder', 'Co-founder', 'Cofounder', 'Partner', 'Editor', 'Firefighter', 'Nurse',
  'Trooper', 'Special', 'Agent', 'Pastor', 'Rabbi', 'Imam', 'Bishop', 'Archbishop', 'Cardinal', 'Councillor',
  'Councilor', 'Alderman', 'Assemblyman', 'Assemblywoman', 'Congressman', 'Congresswoman', 'Principal', 'Admiral',
  'Adm.', 'Commander', 'Cmdr.', 'Corporal', 'Cpl.', 'Marshal', 'Economist', 'Analyst',
] as const;

/**
 * Possessive determiners: capitalised at a sentence start before a noun ("Its FAQ claims", "Their founder
 * Avi Oz"), never part of a name or an organisation's name.
 */
export const POSSESSIVE_DETERMINERS = ['Its', 'Their', 'His', 'Her', 'Our', 'My', 'Your'] as const;

/**
 * Nouns for a document rather than its author: a name before one of them is the author of a report, a
 * study or a survey ("according to a recent American Express report", "a Forbes Advisor study found"),
 * and what follows is the document's finding, not the words of a person.
 */
export const DOCUMENT_NOUNS = [
  'report', 'reports', 'study', 'studies', 'survey', 'surveys', 'poll', 'polls', 'analysis', 'data', 'research',
  'review', 'paper', 'article', 'index', 'figures', 'statistics', 'estimates', 'findings', 'filing', 'guidelines',
  'guidance', 'website', 'blog', 'ranking', 'rankings', 'forecast', 'projections', 'records', 'documents', 'memo',
] as const;

/**
 * Words that make a capitalised phrase an organisation, not a person (the Pentagon, West Mercia police,
 * Department of Environmental Protection). Lower-case forms included so "police" matches.
 */
export const ORG_WORDS = [
  'Department', 'Agency', 'University', 'College', 'School', 'Institute', 'Center', 'Centre', 'Police', 'police',
  'Company', 'Inc.', 'Inc', 'Corp.', 'Corporation', 'Co.', 'Ltd', 'LLC', 'Group', 'Ministry', 'Office', 'House',
  'Pentagon', 'Kremlin', 'Council', 'Committee', 'Commission', 'Association', 'Foundation', 'Bureau', 'Board',
  'Authority', 'Administration', 'Service', 'Services', 'Times', 'News', 'Post', 'Journal', 'Magazine', 'magazine',
  'Reuters', 'Press', 'Network', 'Court', 'Congress', 'Senate', 'Parliament', 'Government', 'government', 'Bank',
  'Fund', 'Union', 'Organization', 'Organisation', 'Party', 'Army', 'Navy', 'Force', 'Club', 'Team', 'Hospital',
  'Society', 'Trust', 'Labs', 'Laboratory', 'Studios', 'Games', 'Technologies', 'Systems', 'Partners', 'Capital',
  'Airlines', 'Motors', 'Media', 'Standards', 'Edison', 'Apple', 'Google', 'Microsoft', 'Facebook', 'Twitter',
  'Amazon', 'Uber', 'Mojang', 'Sony', 'Snopes', 'Mashable', 'Vulture', 'BuzzFeed', 'CNN', 'BBC', 'AP', 'NASA', 'FBI',
  'CIA', 'NHS', 'EU', 'UN', 'WHO', 'NATO',
] as const;

/** Words that look like names at a sentence start but are not people (It said, The report says). */
export const NOT_PERSON_WORDS = [
  'It', 'This', 'That', 'There', 'They', 'We', 'You', 'I', 'The', 'A', 'An', 'He', 'She', 'His', 'Her', 'Their',
  'Our', 'One', 'Some', 'Many', 'Most', 'Officials', 'Police', 'Experts', 'Critics', 'Researchers', 'Scientists',
  'Report', 'Reports', 'Study', 'Statement', 'Data', 'Everyone', 'Nobody', 'People', 'Others', 'But', 'And', 'So',
  'Yet', 'Also', 'However', 'When', 'While', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday',
  'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December', 'Today', 'Yesterday', 'Earlier', 'Later', 'Then', 'Now', 'Here', 'What', 'Who', 'Which',
  'Twitter', 'Facebook', 'Instagram', 'Reddit', 'Google', 'Apple', 'God', 'Jesus', 'Lord',
] as const;

/**
 * Words that open a clause and so stand capitalised before a name at a sentence start without being part
 * of it ("When I asked…", "Because Hoka…", "After Smith said…").
 */
export const CLAUSE_OPENERS = [
  'When', 'While', 'Because', 'If', 'After', 'Before', 'Although', 'Though', 'Since', 'As', 'Until', 'Unless',
  'Once', 'Whether', 'Where', 'Why', 'How', 'And', 'But', 'So', 'Yet', 'Or', 'Also', 'However', 'Then', 'Now',
  'Meanwhile', 'Still', 'Instead', 'Like', 'Unlike', 'With', 'Without', 'For', 'In', 'On', 'At', 'By', 'From',
  // Auxiliaries that open a question ("Is French press coffee better?").
  'Is', 'Are', 'Was', 'Were', 'Do', 'Does', 'Did', 'Can', 'Could', 'Should', 'Would', 'Will', 'Has', 'Have',
] as const;

/** Lower-case name particles allowed inside a person's name (Ludwig van Beethoven, Charles de Gaulle). */
export const NAME_PARTICLES = ['van', 'von', 'de', 'der', 'den', 'da', 'di', 'du', 'la', 'le', 'bin', 'al', 'del', 'dos', 'st.'] as const;

/**
 * Nouns that end a lower-case job description written before a name ("Snopes fact checker and staff
 * writer David Emery", "libertarian economist Tyler Cowen"): only a run ending in one of these is a role.
 */
export const ROLE_NOUNS = [
  'writer', 'checker', 'editor', 'reporter', 'correspondent', 'columnist', 'spokesman', 'spokeswoman',
  'spokesperson', 'director', 'developer', 'programmer', 'engineer', 'economist', 'analyst', 'professor',
  'researcher', 'scientist', 'officer', 'manager', 'president', 'chief', 'founder', 'executive', 'chairman',
  'commissioner', 'supervisor', 'inspector', 'lawyer', 'attorney', 'doctor', 'historian', 'author', 'critic',
  'strategist', 'adviser', 'advisor', 'consultant', 'activist', 'official', 'minister', 'secretary', 'senator',
  'teacher', 'nurse', 'firefighter', 'lawmaker', 'resident', 'student', 'worker', 'farmer', 'driver', 'pilot',
  'soldier', 'mayor', 'governor', 'owner', 'physician', 'surgeon', 'paramedic', 'detective', 'coach', 'principal',
] as const;

/**
 * Capitalised modifiers of a job at a sentence start ("Retired teacher Tom Hill", "Local resident Jane
 * Fox"): part of the role, not an organisation.
 */
export const ROLE_MODIFIERS = [
  'Local', 'Retired', 'Former', 'Longtime', 'Veteran', 'Senior', 'Junior', 'Young', 'Elderly', 'Fellow', 'Independent',
  'Freelance', 'Acting', 'Interim', 'Lead', 'Head', 'Chief', 'Deputy', 'Assistant', 'Associate', 'Staff', 'Volunteer',
] as const;

/**
 * Kinship nouns that stand in apposition before a name ("her mother, Fiona, said"): the name between the
 * commas is the speaker, and the noun is not a job title.
 */
export const KINSHIP_WORDS = [
  'mother', 'father', 'mom', 'dad', 'wife', 'husband', 'son', 'daughter', 'sister', 'brother', 'grandmother',
  'grandfather', 'aunt', 'uncle', 'cousin', 'partner', 'fiancée', 'fiancé', 'girlfriend', 'boyfriend', 'friend',
  'neighbor', 'neighbour', 'colleague',
] as const;

/** Interview layouts: "Q: …" is the interviewer's question, "A: …" the interviewee's answer. */
export const INTERVIEW_QUESTION_PREFIXES = ['Q', 'Question', 'Interviewer'] as const;
export const INTERVIEW_ANSWER_PREFIXES = ['A', 'Answer'] as const;

/** Abbreviations whose final period does not end a sentence. */
export const ABBREVIATIONS = [
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'vs', 'etc', 'e.g', 'i.e', 'inc', 'corp', 'co', 'ltd',
  'no', 'gov', 'sen', 'rep', 'gen', 'col', 'lt', 'sgt', 'capt', 'rev', 'u.s', 'u.k', 'u.n', 'jan', 'feb', 'mar', 'apr',
  'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'a.m', 'p.m', 'approx', 'dept', 'est', 'fig', 'vol',
] as const;

/** Words that name the article's own staff in a byline or a credit. */
export const BYLINE_PREFIXES = ['By', 'BY', 'by', 'Written by', 'Reporting by', 'Story by', 'Words by'] as const;

/** Days a reporter puts between a subject and its verb (Lee on Monday said, Lee Monday said, Lee yesterday said). */
export const DAYS_BEFORE_VERB = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'yesterday', 'today'] as const;

/** Month names for date reading (index + 1 = month number). */
export const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
] as const;

/** Meta line labels on English pages. */
export const META_LABELS = {
  source: ['Source', 'Originally published', 'Published by'],
  date: ['Published', 'Updated', 'Posted', 'Date'],
  editor: ['Edited by', 'Editor'],
  furniture: ['Share this', 'Share on', 'Follow us', 'Related', 'Read more', 'Advertisement', 'Sign up', 'Subscribe'],
} as const;

/**
 * Function words and generic news words that are never key terms on their own (said, year, people) nor
 * the first or last word of a term.
 */
export const STOPWORDS = [
  'a', 'an', 'the', 'and', 'or', 'but', 'if', 'then', 'else', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with',
  'from', 'into', 'onto', 'about', 'as', 'than', 'that', 'this', 'these', 'those', 'it', 'its', "it's", 'is', 'are',
  'was', 'were', 'be', 'been', 'being', 'am', 'do', 'does', 'did', 'done', 'have', 'has', 'had', 'having', 'not',
  'no', 'nor', 'so', 'too', 'very', 'can', 'could', 'will', 'would', 'shall', 'should', 'may', 'might', 'must',
  'i', 'me', 'my', 'we', 'us', 'our', 'you', 'your', 'he', 'him', 'his', 'she', 'her', 'they', 'them', 'their',
  'who', 'whom', 'whose', 'which', 'what', 'when', 'where', 'why', 'how', 'all', 'any', 'both', 'each', 'few',
  'more', 'most', 'other', 'some', 'such', 'only', 'own', 'same', 'just', 'also', 'now', 'here', 'there', 'up',
  'down', 'out', 'over', 'under', 'again', 'once', 'after', 'before', 'while', 'during', 'through', 'because',
  'until', 'against', 'between', 'among', 'per', 'via', 'said', 'says', 'say', 'told', 'added', 'according',
  'year', 'years', 'time', 'times', 'day', 'days', 'week', 'weeks', 'month', 'months', 'people', 'thing', 'things',
  'way', 'ways', 'lot', 'lots', 'one', 'two', 'three', 'first', 'last', 'new', 'old', 'many', 'much', 'even',
  'still', 'well', 'back', 'get', 'got', 'gets', 'make', 'made', 'makes', 'take', 'took', 'like', 'know', 'think',
  'going', 'go', 'goes', 'went', 'come', 'came', 'see', 'seen', 'use', 'used', 'want', 'need', 'really', 'mr', 'mrs',
  'ms', 'dr', 'don’t', "don't", 'it’s', 'that’s', "that's", 'i’m', "i'm", 'you’re', "you're", 'we’re', "we're",
  'there’s', "there's", 'can’t', "can't", 'won’t', "won't", 'isn’t', "isn't", 'every', 'another', 'around', 'since',
  'without', 'within', 'across', 'along', 'yet', 'whether', 'though', 'although', 'however', 'told', 'tell', 'says',
  'percent', 'today', 'yesterday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'something', 'anything', 'nothing', 'everything', 'someone', 'anyone', 'everyone', 'good', 'better', 'best',
  'big', 'small', 'long', 'high', 'low', 'part', 'place', 'number', 'case', 'point', 'fact', 'kind', 'sort',
  'able', 'via', 'including', 'include', 'includes', 'called', 'around', 'become', 'became', 'put', 'let',
] as const;

/**
 * Broad words that are rarely an editor's key term on their own (government, company, report…): a
 * single-word term made of one of these is down-weighted, not banned ("economic mobility" is fine).
 */
export const GENERIC_WORDS = [
  'government', 'company', 'companies', 'report', 'state', 'city', 'country', 'world', 'news', 'story', 'life',
  'work', 'home', 'family', 'group', 'system', 'issue', 'issues', 'problem', 'problems', 'money', 'business',
  'market', 'public', 'official', 'officials', 'statement', 'information', 'data', 'research', 'study', 'program',
  'service', 'services', 'area', 'areas', 'community', 'team', 'game', 'games', 'man', 'woman', 'women', 'men',
  'child', 'children', 'mother', 'father', 'daughter', 'son', 'friend', 'friends', 'school', 'water', 'end', 'side',
  'question', 'questions', 'change', 'changes', 'result', 'results', 'use', 'power', 'support', 'plan', 'policy',
  'percent', 'million', 'billion', 'american', 'americans', 'president', 'week', 'weekend', 'night', 'morning',
];

/** Verbs that are never a key term alone nor its first word ("announced plans" is not a term). */
export const BARE_VERBS = [
  'announced', 'reported', 'found', 'showed', 'shows', 'called', 'added', 'asked', 'began', 'started', 'tried',
  'help', 'helped', 'keep', 'kept', 'give', 'gave', 'given', 'find', 'look', 'looked', 'looking', 'feel', 'felt',
  'seems', 'seemed', 'became', 'include', 'included', 'told', 'wrote', 'believe', 'believed',
];
