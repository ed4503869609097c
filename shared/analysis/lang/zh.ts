/**
 * Chinese language data for the analysis stages. Data only: word lists and the reasons they exist.
 * Algorithms (and the regexes they compile from these lists) live in the stage files.
 */

/**
 * Verbs that introduce a statement in Chinese news (LABELS.md's list plus close synonyms). 表示/指出 are
 * the workhorses of official reporting: "X表示，…" almost always introduces reported speech, so they are
 * treated like 说. 看来/眼里/眼中 count only after 在 ("在X看来" = X认为), which the attribution code checks.
 */
export const SPEECH_VERBS = [
  '表示', '指出', '强调', '认为', '介绍', '坦言', '透露', '告诉', '提到', '呼吁', '回应', '解释',
  '坦承', '直言', '说道', '披露', '表态', '感叹', '感慨', '补充道', '补充说', '回忆', '写道', '宣布',
  '声称', '宣称', '承认', '证实', '回答', '答道', '问道', '坦陈', '谈到', '说', '称', '看来', '眼里', '眼中',
] as const;

/**
 * Verbs that report words only before a comma or colon (周敏建议，加大…; 专家提醒：…; 他分析，…): with
 * an object or as nouns they report nothing (提出建议, 提醒大家注意, 市场分析).
 */
export const SPEECH_VERBS_BEFORE_PAUSE = ['建议', '提醒', '警告', '告诫', '分析', '预计', '预测', '判断', '寄语', '要求'] as const;

/** Speech verbs that only count right after "在X" (在X看来 / 在X眼里). */
export const SPEECH_VERBS_AFTER_ZAI = ['看来', '眼里', '眼中'] as const;

/**
 * Words that contain a speech verb but do not report speech (说明, 据说, 称为, 表示感谢…). Checked at each
 * verb hit so "据说" or "被称为" never becomes an attribution. 表示感谢 etc. carry no content to report.
 */
export const NOT_SPEECH_WORDS = [
  '说明', '说服', '说法', '小说', '据说', '听说', '虽说', '可以说', '就是说', '话说', '传说', '解说',
  '说唱', '学说', '说是', '再说', '不用说', '比如说', '譬如说', '一般来说', '总的来说', '来说', '说起来', '说到底',
  '称为', '称之', '称号', '称作', '称重', '称职', '称霸', '称心', '名称', '简称', '堪称', '号称', '俗称',
  '统称', '人称', '昵称', '对称', '并称', '被称', '相称', '爱称', '戏称', '总称', '尊称', '职称', '称谓', '著称', '称得上',
  '表示感谢', '表示欢迎', '表示祝贺', '表示慰问', '表示哀悼', '表示敬意', '表示同情', '表示歉意', '表示关切',
  '表示谢意', '表示衷心', '表示热烈', '介绍信', '回忆录', '看来看去', '宣布成立', '宣布开幕', '宣布启动',
  '说不出', '说出口',
] as const;

/**
 * Manner adverbs before a speech verb (王明详细介绍). Some open with a surname character and would pass
 * for a name when they stand alone before the verb (简单说就是…, ，全面回答了…): then they are no subject.
 */
export const MANNER_ADVERBS = [
  '简单', '简要', '全面', '详细', '具体', '正式', '郑重', '严肃', '充分', '深入', '耐心', '认真', '专门', '特意',
  '随口', '大声', '轻声', '小声', '再度', '首次', '率先',
] as const;

/**
 * Words a reporter puts between the speaker and the verb (马化腾当时说, 李女士则表示, 温先生对南都记者说).
 * Stripped from the end of the subject clause, repeatedly, before the name is read.
 */
export const SUBJECT_TRAILERS = [
  '也', '还', '则', '又', '就', '更', '曾', '都', '均', '再次', '进一步', '当时', '随后', '最后', '同时', '接着',
  '首先', '此前', '近日', '日前', '今天', '昨天', '昨日', '后来', '一再', '多次', '反复', '早就', '特别', '明确',
  '当面', '笑着', '坦率地', '直接', '公开', '连连', '曾经', '纷纷', '一致', '亦', '便', '仍', '依然', '坚定地', '深有感触地',
  '感慨地', '激动地', '自豪地', '动情地', '兴奋地', '高兴地', '无奈地', '回答', '回复', '发文', '撰文', '补充',
  // An organisation's notice before 称 (禹州市教体局通报称, 外交部发表声明称): the notice is how it speaks.
  '通报', '通告', '公告', '声明', '发布通报', '发布通告', '发布公告', '发布消息', '发布声明', '发表声明', '发声明',
  '在会上', '在会议上', '在发言中', '在致辞中', '在演讲中', '在采访中', '在接受采访时', '接受采访时', '在现场',
  '对记者', '向记者', '对本报记者', '向本报记者', '对笔者', '向笔者', '对媒体', '向媒体', '对我们', '对大家',
  '只能', '只好', '不禁', '忍不住', '已经', '总是', '一直', '如是', '这样', '如此', ...MANNER_ADVERBS,
] as const;


/** Connectors a clause may open with before its subject (同时，…; 此外X表示; 据X介绍). */
export const SUBJECT_LEADERS = [
  '同时', '此外', '另外', '而', '但', '但是', '不过', '对此', '随后', '最后', '然而', '并且', '对于此', '其中',
  '据', '另据', '记者了解到', '当天', '会上', '会后', '此前', '目前', '如今', '现在', '今年', '去年',
  '结果', '于是', '可是', '后来', '因此', '所以', '随即', '这时', '此时', '那时',
] as const;

/**
 * "As X said" openers: 正如习近平总书记所说 / 如专家所言. With them, the 所 before the verb belongs to the
 * construction (所说 = what was said), not to an organisation's name (研究所, 事务所).
 */
export const AS_SAID_LEADERS = ['正如', '正像', '就像', '诚如', '恰如', '如同', '如'] as const;

/** Objects after 告诉/对 that are the listener, not the statement (告诉记者，…). */
export const LISTENERS = ['本报记者', '南都记者', '记者', '笔者', '我们', '媒体', '大家', '他', '她', '我'] as const;

/**
 * Job titles, longest forms listed so the regex prefers them (党组书记 before 书记). A title between an
 * organisation and a name is the strongest signal of a person in Chinese news ("…处处长汪凤英").
 */
export const TITLES = [
  '总书记', '党组书记', '党委书记', '党工委书记', '纪委书记', '支部书记', '书记', '党组成员', '委员',
  '主席', '轮值主席', '总统', '总理', '首相', '国务卿', '部长', '省长', '市长', '州长', '县长', '区长', '镇长',
  '乡长', '村长', '村支书', '旗长', '盟长', '厅长', '局长', '处长', '科长', '司长', '署长', '主任', '院长', '所长', '总领事',
  '校长', '园长', '馆长', '站长', '台长', '社长', '行长', '会长', '理事长', '秘书长', '董事长', '总裁', '总经理',
  '经理', '总监', '总工程师', '工程师', '负责人', '创始人', '联合创始人', '合伙人', '董事', '监事', '主管', '总编辑',
  '主编', '发言人', '新闻发言人', '大使', '领事', '参赞', '教授', '研究员', '院士', '博士', '讲师', '老师', '教师',
  '医生', '主治医师', '医师', '护士长', '护士', '律师', '法官', '检察官', '警官', '民警', '队长', '组长', '团长',
  '班长', '连长', '营长', '团政委', '政委', '司令员', '司令', '将军', '教练', '主教练', '分析师', '首席经济学家',
  '经济学家', '科学家', '专家', '学者', '作家', '导演', '演员', '艺人', '歌手', '主持人', '记者', '通讯员',
  '作曲家', '音乐家', '艺术家', '画家', '演奏家', '企业家', '研究生', '留学生', '志愿者', '博士生导师', '导师',
  '党支部书记',
  '编辑', '首席执行官', '首席运营官', '首席财务官', '首席技术官', '首席投资官', '首席信息官', '执行官',
  '投资官', '主管', '代表', '人大代表', '政协委员', '巡视员', '调研员', '干部', '书记员', '秘书', '助理', '顾问',
  '村委会主任', '总干事', '干事', '指挥长', '常委', '省委书记', '市委书记', '县委书记', '区委书记', '警长', '所长',
  '理事', '专员', '议员', '参议员', '众议员', '发起人', '品牌总监', '总工', '厂长', '矿长', '车间主任', '店长',
  // Posts of foreign governments and international bodies, as Chinese news writes them.
  '外长', '外相', '防长', '防卫大臣', '大臣', '官房长官', '长官', '行政长官', '议长', '副总统', '国防部长',
  '特使', '特别代表', '高级代表', '首席谈判代表', '总司令', '参谋长',
] as const;

/**
 * Who someone is in the story, written before the name like a post (学生小丽, 村民王大民, 家长李亮): read
 * as roles by the speaker stages. Not titles for key terms, where 工人 or 业主 may be what a story is about.
 */
export const IDENTITY_TITLES = [
  '学生', '小学生', '中学生', '大学生', '家长', '村民', '市民', '居民', '网友', '游客', '患者', '员工', '职工',
  '农民', '工人', '司机', '业主', '店主', '选手', '运动员', '球员', '乘客', '考生',
  // Occupations, for the workers a report quotes (消防员赵刚说, 外卖骑手孙伟表示).
  '消防员', '快递员', '外卖员', '骑手', '快递小哥', '保安', '保洁员', '环卫工', '服务员', '售货员', '店员', '厨师',
  '工作人员', '医护人员', '科研人员', '研究人员', '技术人员', '交警', '辅警', '刑警', '特警', '法医', '飞行员',
  '航天员', '乘务员', '列车长', '机长', '船长', '驾驶员', '安检员', '检验员', '讲解员', '网格员', '护工', '会计',
  '设计师', '程序员', '辅导员', '裁判', '队员', '教练员', '老板', '农民工', '养殖户', '种植户', '渔民',
  '牧民', '商户', '摊主', '房东', '租客', '车主', '顾客', '消费者', '观众', '读者', '群众', '老人',
  // People a local report quotes for what they lived (党员刘伟说, 志愿者小李表示, 果农老王说).
  '党员', '老党员', '志愿者', '村干部', '农户', '果农', '菜农', '茶农', '老兵', '退役军人', '社工', '义工', '护林员',
  '巡逻员', '创业者', '村医', '商贩', '个体户', '家属',
] as const;

/**
 * 老 or 小 before a surname is how features name ordinary people (农民老张说, 网友小王表示). Pairs
 * that are ordinary words (老师, 小区, 小米) are no names.
 */
export const FAMILIAR_NAME_PREFIXES = ['老', '小'] as const;
export const NOT_FAMILIAR_NAMES = [
  '老师', '老区', '老路', '老牛', '老农', '小区', '小米', '小康', '小于', '小车', '小麦', '小包', '小路', '小商', '小牛',
  '小童', '小白', '小巴', '小丑', '小满', '小雪', '小年', '小暑', '小寒',
] as const;

/**
 * Characters of transliterated foreign names (Xinhua's transliteration usage: 普京, 特朗普, 古特雷斯,
 * 泽连斯基, 拜登). A run of them right after a title and right before a speech verb or punctuation is a
 * foreign name written without an interpunct (俄罗斯总统普京表示). Characters that are mostly words of
 * their own there (东, 代, 门, 明, 也, 亲) are left out.
 */
export const TRANSLITERATION_CHARS =
  '阿埃艾爱安昂奥巴拜班邦鲍贝本比彼毕宾波伯博布查达戴丹德登迪蒂丁杜多厄恩法凡菲费芬丰弗福富盖甘冈戈格根古' +
  '圭哈海汉豪赫黑亨胡霍基吉加贾杰卡凯坎康柯科克肯库夸奎拉莱兰朗劳勒雷蕾里利莉连琳林隆卢鲁路伦罗洛马迈麦曼' +
  '芒梅蒙米莫默姆穆纳娜奈南内尼妮涅宁纽诺欧帕潘佩彭皮普齐奇乔切钦琼丘萨塞赛桑瑟森沙莎尚舍什施斯松苏索塔泰' +
  '坦汤唐特滕提图托瓦万旺威韦维温翁沃乌伍西希锡夏谢辛休雅亚扬耶伊因英尤约泽扎詹珍朱茨兹佐夫娃京龙尔茂';

/** Levels of local government written alone before a post, and part of it (村党支部书记, 镇党委书记). */
export const LOCAL_LEVELS = ['村', '乡', '镇'] as const;

/** Modifiers that can precede a title and belong to it (常务副州长, 首席执行官, 副经理). */
export const TITLE_PREFIXES = ['常务', '执行', '代理', '名誉', '资深', '高级', '特聘', '副', '总'] as const;

/** Titles that name the article's own staff: a person with one of these is a reporter, never a speaker. */
export const REPORTER_TITLES = ['记者', '通讯员', '编辑', '主编', '总编辑', '实习生', '笔者'] as const;

/** What may join two titles of one person (党组书记、局长; 首席执行官兼总裁). */
export const TITLE_JOINERS = ['、', '兼', '和', '及'] as const;

/** Honorifics that make a surname into a reference to a person (温先生, 李女士, 潘老). */
export const HONORIFICS = ['先生', '女士', '小姐', '老师', '同志', '老'] as const;

/**
 * Endings of organisation names (厅, 局, 处, 公司, 政府, 项目部…): an organisation that "says" something
 * is an org speaker, and an org before a title is the person's organisation.
 */
export const ORG_SUFFIXES = [
  '委员会', '项目部', '办公室', '研究院', '研究所', '研究中心', '实验室', '基金会', '联合会', '俱乐部', '救援队',
  '有限公司', '公司', '集团', '政府', '中心', '协会', '学会', '大学', '学院', '学校', '中学', '小学', '医院',
  '银行', '法院', '检察院', '党委', '党组', '支部', '企业', '机构', '工作室', '事务所', '联盟', '组织', '基地',
  '项目', '部门', '单位', '厅', '局', '处', '科', '部', '委', '办', '署', '院', '所', '会', '社', '站', '队', '馆',
  '台', '厂', '报', '网', '州', '县', '市', '省', '区', '镇', '乡', '村', '团', '组',
] as const;

/** Endings of the titles of documents (《通知》, 《政府工作报告》, 《指导意见》), as opposed to publications (《人民日报》). */
export const DOCUMENT_ENDINGS = [
  '通知', '意见', '办法', '规定', '方案', '报告', '决定', '条例', '纲要', '规划', '白皮书', '指南', '公告', '通告',
  '通报', '决议', '细则', '法', '计划', '指引', '说明', '讲话', '文件', '公报', '声明', '倡议书', '建议',
] as const;

/** Words that point back to an organisation already named (该项目部 → the project named just before). */
export const COREFERENCE_DETERMINERS = ['该', '此', '这家', '这个', '本'] as const;

/**
 * Modifiers that belong to a job title, not to the organisation before it: read backwards from a title,
 * "国家一级作曲家" is a rank, "著名音乐家" a description, "研究负责人" a function — none of them is an
 * organisation. A would-be organisation that ends in one of these gives it to the role.
 */
export const ROLE_DESCRIPTORS = [
  '国家一级', '国家二级', '一级', '二级', '三级', '著名', '知名', '资深', '青年', '优秀', '年轻', '前', '原', '首席',
  '全球', '研究', '技术', '业务', '项目', '高级', '特级', '退休', '现任', '时任', '专职', '兼职', '首位', '一名', '一位',
  '相关', '市场', '销售', '运营', '产品', '营销', '财务',
  // Duties: what someone is doing in the story, not where they work (执勤民警, 值班医生, 办案民警).
  '执勤', '值班', '当班', '带班', '办案', '接警', '出警', '巡逻', '执法', '主刀', '接诊', '驻村', '一线',
] as const;

/**
 * Verbs that open a clause saying what someone did in the story: 参与救援的|民警, 负责该项目的|工程师. Such
 * a clause before 的 and a title belongs to the role, not to an organisation.
 */
export const DEED_VERBS = [
  '参与', '参加', '负责', '承办', '经办', '主持', '协助', '配合', '带领', '救治', '处置', '侦办', '审理', '办理',
  '接待', '陪同', '走访', '调查',
] as const;

/**
 * Kinship words that stand in apposition before a name (潘振声女儿马莉表示): the name after them is a
 * person even when the article has not introduced them, and the kinship word is not a job title.
 */
export const KINSHIP_WORDS = [
  '女儿', '儿子', '妻子', '丈夫', '父亲', '母亲', '爸爸', '妈妈', '哥哥', '姐姐', '弟弟', '妹妹', '爷爷', '奶奶',
  '外婆', '外公', '孙子', '孙女', '侄子', '外甥', '老伴', '爱人', '家属', '亲属', '同事', '朋友', '同学', '邻居',
] as const;

/**
 * Interview layouts: a paragraph that opens with one of these and a colon is the interviewer's question
 * (问：…) or the interviewee's answer (答：…). Answers go to the person the interview introduced.
 */
export const INTERVIEW_QUESTION_PREFIXES = ['问', '记者', '主持人', 'Q'] as const;
export const INTERVIEW_ANSWER_PREFIXES = ['答', 'A'] as const;

/**
 * Words at which an organisation phrase before a title stops when read backwards: verbs and particles
 * that cannot be inside a name ("…重要指示让|青海盐湖工业股份有限公司…"). 和/与/及 are not here:
 * they occur inside official names (工业和信息化厅).
 */
export const ORG_STOP_WORDS = [
  '的', '让', '使', '令', '了', '对', '向', '给', '据', '被', '把', '是', '作为', '担任', '现任', '时任',
  '来自', '身为', '记录下', '表示', '说', '在', '从', '由', '将', '已', '曾', '也', '还', '又', '出自', '去', '到',
] as const;

/**
 * Subjects that speak inside someone else's reported words: the speaker's own side and the parties
 * of a statement (李明说，我们认为…; 毛宁说，中方对此表示严重关切，敦促美方…). A cue with one of them
 * continues the statement it stands in; it neither ends it nor introduces anyone.
 */
export const SPEAKER_SIDE_SUBJECTS = [
  '我', '我们', '咱们', '本人', '我方', '中方', '美方', '俄方', '日方', '韩方', '英方', '法方', '德方', '欧方', '朝方',
  '印方', '澳方', '加方', '越方', '菲方', '巴方', '以方', '伊方', '双方', '各方', '对方',
] as const;

/** Singular pronouns that refer back to the last speaker (他说 → the last named speaker). */
export const PRONOUNS = ['他', '她'] as const;

/**
 * Single-character surnames, most common first (Hundred Family Surnames frequency order), minus characters
 * that are far more often function words than surnames (和, 那, 都, 由, 但, 来, 时…), which would turn
 * clause openings into "names".
 */
export const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈' +
  '姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常' +
  '温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍' +
  '涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景' +
  '党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官' +
  '封谈匡鞠惠荆乐冀郁胥南班储栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻厉伊仝区郜阚权帅屠豆朴盖练廉禹井祖漆巴丰卿狄' +
  '晋敬扈晁芮阙浦戈伏鹿薄邸雍辜裘亓修邰赫杭况宿逯茹诸战慕亢嵇湛宾戎勾茅揭尉冶檀昝智幸奉衡尧习';

/** Two-character surnames (欧阳, 司马…): with them a name may be four characters long. */
export const COMPOUND_SURNAMES = [
  '欧阳', '司马', '诸葛', '上官', '慕容', '令狐', '皇甫', '长孙', '东方', '夏侯', '公孙', '尉迟', '宇文',
  '司徒', '端木', '西门', '独孤', '南宫', '万俟', '闻人', '澹台', '轩辕', '呼延',
  // Japanese surnames written in Chinese news (日本首相岸田文雄, 安倍晋三): two characters, like the ones
  // above. Only those that are not also Chinese words or places (no 田中, 中山, 山下, 小林).
  '岸田', '安倍', '佐藤', '铃木', '渡边', '伊藤', '加藤', '斋藤', '小泉', '麻生', '鸠山', '野田', '茂木', '河野',
  '高市', '岩屋', '上川', '宫泽', '竹下', '细川', '村山', '海部', '桥本', '山本', '松本', '井上', '木村', '高桥',
  '石川', '藤田', '近藤', '远藤', '青木', '坂本', '冈田', '池田', '森田', '松井', '野口', '菅原', '岛田',
] as const;

/**
 * Words that fill a subject slot and start with a surname character but name no person (高层表示, 方面称,
 * 大家纷纷表示). Collective nouns, institutions and pronouns.
 */
export const NOT_PERSON_WORDS = [
  '大家', '记者', '专家', '有关', '相关', '方面', '各方', '对方', '双方', '官方', '警方', '校方', '院方', '厂方',
  '资方', '外界', '业内', '市民', '网友', '群众', '居民', '村民', '学生', '家长', '同学', '很多', '不少', '许多',
  '一些', '有人', '人们', '他们', '我们', '你们', '她们', '公司', '报告', '文章', '数据', '研究', '调查', '结果',
  '分析', '文件', '通知', '公告', '声明', '报道', '消息', '媒体', '官员', '人士', '高层', '干部', '党员', '员工',
  '职工', '代表', '委员', '部门', '单位', '企业', '政府', '中央', '全国', '全省', '全市', '全县', '国家', '社会',
  '温馨', '舆论', '法院', '司法', '文化', '金融', '经济', '石油', '安全', '明确', '明显', '成功', '成为', '高度', '关于',
  '华为', '向来', '常常', '景区', '江西', '江苏', '海南', '温度', '严格', '严重', '石头', '高校', '齐心', '易于',
  '路上', '车主', '房东', '上述', '项目', '公众', '孩子', '老人', '父亲', '母亲', '医生', '老师', '当地', '本人',
  '毛主席', '乐观', '燕子', '钟表', '章程', '谷歌', '苹果', '微软', '卫生', '宁可', '武汉', '成都', '贺电',
] as const;

/** Endings that mark a collective, not a person (金融界, 业内人士, 警方). */
export const COLLECTIVE_ENDINGS = '界们方层部局所院处司会组队员' as const;

/**
 * Characters that cannot be inside a Chinese given name: particles and common verbs. A candidate name
 * containing one is rejected (so "了习近平" is read as 习近平).
 */
export const NOT_NAME_CHARS = '的了在是和与说表示对把被将让使也还都就而及或等着过啊吗呢吧之其这那个们为从以于向给到地得所' as const;

/**
 * Characters of NOT_NAME_CHARS that real given names do carry (薛其坤, 王羲之, 沈从文, 张和平, 陈为民): allowed
 * in a name right after a title when a speech verb or punctuation closes it.
 */
export const GIVEN_NAME_FUNCTION_CHARS = '之其为以和从' as const;

/** Meta line labels (the page's own source/date/byline/editor lines). */
export const META_LABELS = {
  source: ['来源', '稿源', '出处', '本文来源', '文章来源', '信息来源', '新闻来源'],
  date: ['发布时间', '发表时间', '发布日期', '更新时间', '时间', '日期'],
  editor: ['责任编辑', '责编', '编辑', '值班编辑'],
  author: ['作者', '记者', '本报记者', '撰文', '文'],
  /** Byline roles written after names: (本报记者 王菲菲 执笔；张洪旭 参与). */
  bylineRoles: ['本报记者', '见习记者', '实习记者', '特约记者', '记者', '通讯员', '实习生', '执笔', '参与', '摄影', '报道', '采写', '整理'],
  /** Lines that are page furniture, not content (breadcrumbs, 原标题, 校对). */
  furniture: ['现在的位置', '当前位置', '您的位置', '你的位置', '原标题', '校对', '审核', '监制', '统筹', '来源：', '分享到', '扫一扫'],
} as const;

/**
 * Function words and generic verbs that are never key terms on their own (推进, 发展, 表示…), nor the
 * first or last word of a term. Kept short: a phrase is judged by its edges, not by every word in it.
 */
export const STOPWORDS = [
  '的', '了', '在', '是', '和', '与', '及', '或', '等', '也', '还', '都', '就', '而', '把', '被', '将', '让', '使',
  '对', '向', '给', '到', '从', '以', '于', '为', '之', '其', '这', '那', '这个', '那个', '这些', '那些', '一个', '一些',
  '我', '你', '他', '她', '它', '我们', '你们', '他们', '她们', '大家', '自己', '有', '没有', '不', '没', '很', '更',
  '最', '又', '再', '已', '已经', '正在', '要', '会', '能', '可以', '可能', '应该', '需要', '并', '并且', '但', '但是',
  '因为', '所以', '如果', '虽然', '不过', '同时', '以及', '通过', '深入', '全面', '积极', '不断', '持续',
  '继续', '努力', '认真', '切实', '进一步', '说', '称', '一', '上', '下',
  '中', '里', '个', '年', '月', '日', '时', '后', '前', '多', '新', '好', '大', '小', '着', '过', '地', '得', '吗',
  '呢', '吧', '啊', '所', '该', '此', '各', '每', '些', '种', '次', '位', '名', '家', '第', '一直', '目前', '现在',
  '今年', '去年', '当时', '如何', '什么', '怎么', '为什么', '可', '但', '却', '只', '才', '让我们', '相关', '重要',
  '主要', '重大',
  '工作', '问题', '方面', '情况', '方式', '时候', '时间', '记者', '表明', '显示', '一次', '一位', '这样', '这种',
  '如此', '非常', '十分', '特别', '一定', '必须', '已然', '来说', '之一', '以来', '指示', '精神', '要求', '任务',
] as const;


/**
 * Verbs that are never a key term alone nor its first word (推进新型工业化 is an action, 新型工业化 the
 * term), but may end one: 高质量发展, 经济建设.
 */
export const BARE_VERBS = [
  '进行', '开展', '作出', '做出', '做好', '实现', '推进', '推动', '发展', '加快', '加强', '提升', '提高', '建设',
  '坚持', '成为', '具有', '形成', '构建', '打造', '贯彻', '落实', '学习', '领会', '把握', '聚焦', '围绕', '表示',
  '指出', '强调', '认为', '介绍', '召开', '举行', '参加', '参与', '支持', '促进', '完善', '增强', '引领', '适应',
  '培育', '优化', '拓宽', '打通', '开发', '提供', '带来', '获得', '取得', '发现', '希望', '需要', '包括', '采用',
  '使用', '认识', '了解', '知道', '觉得', '感到', '开始', '继续', '出现', '保持', '创造', '服务', '管理', '研究',
];

/**
 * Broad words that are rarely an editor's key term on their own (经济, 企业, 中国…): a single-word term
 * made of one of these is down-weighted, not banned — inside a phrase (数字经济) they are fine. A stand-in
 * for background document frequency until a table derived from a dictionary package replaces it.
 */
export const GENERIC_WORDS = [
  '经济', '企业', '产业', '社会', '国家', '全国', '地方', '政府', '中国', '世界', '国际', '全球', '我国', '我省',
  '我市', '公司', '市场', '行业', '领域', '体系', '能力', '水平', '质量', '作用', '意义', '目标', '格局', '基础',
  '力量', '方向', '时代', '生活', '人们', '人员', '群众', '同志', '干部', '部门', '单位', '机构', '项目', '活动',
  '会议', '大会', '服务', '管理', '技术', '资源', '环境', '生态', '安全', '政策', '规划', '战略', '信息', '数据',
  '网络', '平台', '系统', '过程', '结果', '影响', '变化', '情况', '问题', '原因', '标准', '条件', '特色', '优势',
  '机遇', '挑战', '措施', '举措', '成果', '成效', '内容', '形式', '方法', '模式', '理念', '思想', '精神', '文化',
  '历史', '未来', '现在', '今天', '明天', '一年', '今年', '去年', '时候', '地区', '城市', '农村', '网友', '记者',
  '孩子', '学生', '老师', '家长', '父亲', '母亲', '朋友', '自己', '大家', '人民', '之路', '一道', '一次', '不少',
];

/**
 * Characters that never continue a surname into a given name, for key terms: pronouns, negations,
 * modals and measure-like words (王说, 李也, 张不…). Names may hold other characters that are function
 * words elsewhere (王小云, 董又霖, 王一博), so this list is what rules a character out, on top of
 * NOT_NAME_CHARS.
 */
export const NOT_GIVEN_NAME_CHARS = '我你他她它有不没很更最再已要会能并但称各每些种次位名家第却只年月日时后前里上下吗' as const;

/** Prefixes of familiar address that belong to the name after them (小温, 老王). */
export const FAMILIAR_PREFIXES = ['小', '老'] as const;
