/**
 * Chinese cues for policy dates, Simplified and Traditional (see policy-dates.ts for
 * how they combine): 自…起施行, 到2030年, 12月底前完成, 过渡期至, 征求意见截止, a meeting of
 * the State Council or the central bank, an LPR fixing or an MLF operation; and what
 * makes a date someone else's: 周一表示, 发布了…数据, 金融危机.
 */
import {
  after,
  BODY_NEAR,
  before,
  endsWithOneOf,
  mergePatternCues,
  type Cue,
  type CueContext,
  type PolicyCues,
} from './policy-cue';

export const ZH_BODY =
  /中證監|中证监|地政總署|地政总署|国家组织药品联合采购办公室|工业和信息化部|工業和信息化部|国家市场监督管理总局|國家市場監督管理總局|生态环境部|生態環境部|交通运输部|交通運輸部|农业农村部|農業農村部|自然资源部|自然資源部|国家互联网信息办公室|國家互聯網信息辦公室|OPEC|積金局|积金局|強積金管理局|强积金管理局|证券业协会|證券業協會|基金业协会|基金業協會|银行业协会|銀行業協會|交易商协会|交易商協會|保监局|保監局|保险业监管局|保險業監管局|金管会|金管會|证期局|證期局|证交所|證交所|櫃買中心|柜买中心|银行局|銀行局|保险局|保險局|USTR|贸易代表|貿易代表|税务部门|稅務部門|税务总局|稅務總局|税务机关|稅務機關|药监局|藥監局|欧盟|歐盟|利率定价自律机制|利率定價自律機制|石油输出国组织|石油輸出國組織|欧佩克|歐佩克|住房和城鄉建設|人民代表大会|人民代表大會|国务院|國務院|两所|兩所|沪深交易所|滬深交易所|人行|有关部门|有關部門|相关部门|相關部門|多部门|多部門|各部门|各部門|諮詢總結|咨询总结|中央|政治局|人大|政协|政協|国常会|國常會|深改委|发改委|發改委|财政部|財政部|央行|人民银行|人民銀行|美联储|美聯儲|联储|聯儲|聯準會|联准会|理監事會|理监事会|证监会|證監會|证监局|银保监|金融监管|金融監管|金管局|金融管理局|立法会|立法會|经济工作会议|經濟工作會議|国家(?!统计)[\u4e00-\u9fff]{1,6}局|國家(?!統計)[\u4e00-\u9fff]{1,6}局|金融监督管理|金融監督管理|外汇局|外匯局|财政司|財政司|行政长官|行政長官|特区政府|特區政府|施政报告|施政報告|预算案|預算案|税务局|稅務局|发展改革委|發展改革委|港交所|联交所|聯交所|上交所|深交所|北交所|商务部|商務部|工信部|住建部|住建局|住建委|房产管理局|房產管理局|房管局|住房保障|财政局|財政局|公积金管理中心|公積金管理中心|人民政府|住房和城乡建设|住房城鄉建設|住房城乡建设|人社局|人社部|人力资源和社会保障|市场监管|市場監管|医保局|醫保局|卫健委|衛健委|金融办|地方金融|房屋局|運輸及房屋局|运输及房屋局|公安部|公安机关|网信办|法院|检察院|部委|政府|监管|監管|委员会|委員會|交易所|交易所|关税|關稅|政策|《[^》]{0,40}(?:意见|意見|通知|办法|辦法|规定|規定|条例|條例|规划|規劃|方案|纲要|綱要|决定|決定|法|细则|細則|指引|准则|準則|公告|措施|规则|規則|指南|政府工作报告)》/;

const TARGET_WORDS =
  /目标|目標|力争|力爭|完善|健全|显著|顯著|更加|增强|增強|基本|全面|建成|实现|實現|达到|達到|形成|不低于|不少于|超过|超過|控制在|提高到|提升至|降至|规划|規劃|方案|意见|意見|纲要|行动|行動|计划|計劃|政策|体系|機制|机制|制度|完成|覆盖|覆蓋/;
const DEADLINE_ACT =
  /接受(?:公众|公眾|社会|社會)?(?:意见|意見)|反馈意见|反饋意見|递表|遞表|完成|处理|處理|签订|簽訂|上牌|网签|網簽|申请|申請|落地|完毕|完畢|提交|报送|報送|披露|整改|落实|落實|退出|到位|出台|制定|建立|实现|實現|申报|申報|缴纳|繳納|清理|上线|上線|达标|達標|备案|備案|办理|辦理|递交|遞交/;
const ACT =
  /印发|印發|发布|發布|出台|颁布|頒布|施行|实施|實施|实行|實行|生效|执行|執行|审议通过|審議通過|通过了|批准|部署|召开|召開|会议|會議|截止|期限|到期|起征|降准|降準|降息|加息|上调|上調|下调|下調|维持利率|維持利率|维持不变|維持不變|调整|調整|采取行动|出手|整顿|整治|清理|缩表|扩表|议息|議息|减免|减税|降费|退税|补贴|補貼|征收|加征|豁免|落实|落實|宣布|宣佈|公布|公佈|发出|發出|推开|推開|推行|推广|推廣|决定|決定|约谈|處罰|处罚|立案|叫停|暂停|暫停|取消|放开|收紧|放松|推出|启动|啟動|开展|開展|续作|投放|报价|報價|发表|發表|咨询文件|諮詢文件|征求意见|徵求意見|征收|徵收|减半|減半|免征|免徵|修订|修訂|修改|废止|廢止|刊宪|刊憲|审议|審議|表决|表決|开会|開會|刊登|憲報|宪报|展开|展開|收緊|放鬆|放寬|放宽|放開|整頓|減免|減稅|降費|退稅|加徵|縮表|擴表|約談|通過了|續作|試行|试行|刊發|刊发|下达|下達|擴展|扩展|安排资金|安排資金|列入|纳入|納入|撤销|撤銷|解除|废除|廢除|延长|延長|延期|恢复征收|恢復徵收|明确|明確|检讨|檢討|审视|審視|公告修正|公告修訂|公告修订|預告|预告|退場|退场|告诫|告誡|开通|開通|晚于|晚於|迟于|遲於|开标|開標|截标|截標|通知书|通知書/;
// The measures a body announces (最終措施, 新規定, 關稅): what makes an announcement an act.
// (with what they govern before them: 公布先進AI晶片出口管制新規)
const MEASURES_ZH = String.raw`(?:[^，。；]{0,12}?(?:最終|最终|新|相關|相关)?(?:措施|規定|规定|規則|规则|辦法|办法|關稅|关税|法規|法规|禁令|管制|新规|新規|规范|規範))`;
const BODY_IN_SENTENCE = (c: CueContext) => c.inSentence(ZH_BODY);
const BODY_FIRST_AFTER_ZH = new RegExp(`^\\s*(?:${ZH_BODY.source})`);
const BODY_ISSUES_NOTICE_ZH = new RegExp(
  `(?:${ZH_BODY.source})[^。；]{0,30}?(?:发出|發出|印发|印發|下发|下發)[^，。；]{0,12}?(?:通知书|通知書|通函|批复|批覆|决定书|決定書)`,
);
const BODY_JUST_BEFORE_ZH = new RegExp(`(?:${ZH_BODY.source})\\s*$`);

// 将于明日上午10时举行新闻发布会: a briefing, where someone speaks, is no act.
const BRIEFING_AFTER =
  /^\s*[^，。；]{0,16}?(?:举行|舉行|召开|召開)?(?:的)?(?:例行|一?系列|专场|專場)?(?:新闻发布会|新聞發布會|发布会|發布會|记者会|記者會|吹风会|吹風會|简介会|簡介會)/;
// 證監會主席將於後天在一個金融論壇上闡述監管方向: a speech at a forum, no act either
const SPEECH_AT_FORUM_AFTER =
  /^\s*(?:在|於|于)[^，。；]{0,12}?(?:论坛|論壇|峰会|峰會|研讨会|研討會|年会|年會)[^，。；]{0,4}?(?:发表|發表|闡述|阐述|致辞|致辭|演讲|演講|讲话|講話)/;

const BODY_PLAN_BEFORE = new RegExp(
  `(?:${ZH_BODY.source})[^，。；]{0,6}(?:计划|計劃|拟|擬|将|將)(?:于|於|在)\\s*$`,
);

// 起，…最高额度由120万元提高至150万元: a rule's own figure, changed from a day on.
const FIGURE_CHANGE_FROM_DAY =
  /起[，,]?[^。；]{0,40}?(?:额度|額度|首付|税|稅|费率|費率|限额|限額|补贴|補貼|标准|標準|成数|成數|门槛|門檻)[^，。；]{0,6}由[^，。；]{1,20}(?:提高|提升|上调|上調|下调|下調|降低|调整|調整|放宽|放寬|收紧|收緊)(?:至|到|为|為)/;

const NOTICE_PERIOD_BEFORE =
  /(?:意见征集期|意見徵集期|征求意见期|徵求意見期|咨询期|諮詢期|公示期|征集期|徵集期|預告期|预告期|預告期間|预告期间)(?:将|將)?(?:于|於|至|到)?\s*$/;
const CONSULTATION_BEFORE = /(?:咨询|諮詢|征求意见|徵求意見)(?:已|将|將)?(?:于|於)\s*$/;
const PERIOD_CLOSES_AFTER = /^\s*(?:结束|結束|截止|届满|屆滿|止|为止|為止)/;

/** Marks written just before a date that make it a policy date on their own. */
const STATE_BOND_ZH =
  /国债|國債|特别国债|特別國債|专项债|專項債|地方政府债|地方政府債|政府债券|政府債券/;
const LPR_ZH = /LPR|贷款市场报价利率|貸款市場報價利率/;
const LPR_PUBLISHED_ZH =
  /(?:公布|公佈|发布|發布)[^。；]{0,8}?(?:贷款市场报价利率|貸款市場報價利率|LPR)/;
/** A central bank's rate or reserve move, by name (a source fragment). */
const RATE_ACT_WORDS_ZH = '降准|降準|降息|加息|升息|减息|減息';
const RATE_ACT_ZH = new RegExp(RATE_ACT_WORDS_ZH);
const RATE_MOVE_ZH = new RegExp(`${RATE_ACT_WORDS_ZH}|利率下调|利率下調|利率上调|利率上調`);

export const ACT_BEFORE_ZH: Cue[] = [
  // 最晚不得晚于今年年底, 不得迟于6月30日: a deadline a rule sets
  before(/(?:不得|不能|不应|不應|须|須|应|應)(?:晚于|晚於|迟于|遲於)\s*$/),
  // 以旧换新补贴持续至年底, 优惠政策延续至2027年底: a measure's run to its end
  before(
    /(?:补贴|補貼|政策|措施|优惠|優惠|减免|減免|免征|免徵|试点|試點)[^，,。；]{0,6}?(?:持续|持續|延续|延續)(?:至|到)\s*$/,
  ),
  // 要求相关企业自2029年起披露: a requirement from a year; 由8月1日起，已在內地上市的發行人…:
  // a rule's start, with a policy body near (not a bank's own rates: 中銀香港計劃由下週一起
  // 將H按封頂息率下調)
  (c) =>
    /(?:由|自|從|从)\s*$/.test(c.before) &&
    /^\s*起/.test(c.after) &&
    (/要求[^，,。；]{0,20}?(?:自|从|從|由)\s*$/.test(c.before) ||
      (c.body() &&
        !c.inSentence(BANK_OR_DIVIDEND_ZH) &&
        !/^\s*起[^，,。；]{0,12}?(?:H按|按揭|息率|最優惠利率|最优惠利率|存款利率)/.test(c.after))),
  // 到2030年 / 至2025年末 with a plan's words: a target (截至 is "as of")
  (c) =>
    c.ahead && /(?:到|(?<!截)至)\s*$/.test(c.before) && (c.inSentence(TARGET_WORDS) || c.body()),
  // 过渡期至2026年6月30日, 宽限期截至, 贴息期限为2027年1月1日至12月31日
  before(
    /(?:过渡期|過渡期|宽限期|寬限期|缓冲期|緩衝期|有效期|实施期|實施期|执行期|執行期|贴息期限|貼息期限|补贴期限|補貼期限|申报期|申報期)(?:延长|延長)?(?:至|到|截至|截止(?:到|至)?|为|為|[：:])\s*$/,
  ),
  // 《若干措施》明确，2027年1月1日至…期间: a date a policy document lays down
  before(
    /(?:》|办法|辦法|方案|措施|通知|意见|意見|规定|規定|条例|條例|新规|新規|细则|細則)(?:中)?(?:明确|明確|规定|規定|提出|要求)[，,：:]?\s*$/,
  ),
  // 征求意见截止日期为, 反馈意见截止
  before(
    /(?:征求意见|徵求意見|反馈意见|反饋意見|意见反馈)(?:的)?(?:截止|截至)(?:日期|时间|時間)?(?:为|為|是|至|到)?\s*$/,
  ),
  before(/(?:截止|截至)(?:日期|时间|時間)(?:为|為|是)\s*$/),
  // 金管局上一次調低基本利率是在去年12月: the body's previous move; 他预计央行年内仍有再次降准
  // 的可能，时间窗口或在四季度: the window a move is expected in
  before(
    /(?:上一次|上次|上一輪|上一轮|上輪|上轮)[^，。；]{0,12}?(?:調低|调低|下調|下调|上調|上调|調高|调高|減息|减息|加息|降息|降準|降准)[^，。；]{0,10}?(?:是在|是於|是于)\s*$/,
  ),
  (c) =>
    /(?:时间窗口|時間窗口|窗口期|时点|時點)(?:或|可能|预计|預計|料)?(?:在|于|於|为|為)\s*$/.test(
      c.before,
    ) && c.inSentence(RATE_MOVE_ZH),
  // 推动政策在四季度落地见效: the time a policy is to take hold
  before(/(?:政策|措施)(?:将|將|要|须|須)?(?:在|于|於)\s*$/, BODY_NEAR),
  // 預算案建議寬減2028/29課稅年度的利得稅: the tax year a relief measure covers
  before(/(?:寬減|宽减|減免|减免|退還|退还)(?:[^，。；]{0,6}?(?:税|稅))?\s*$/, BODY_NEAR),
  // 须不晚于2028年4月30日披露, 最迟于: the latest a duty may be done
  before(/(?:不晚于|不晚於|不迟于|不遲於|最迟|最遲|最晚)(?:在|于|於)?\s*$/),
  // 应当自2027年度起按年披露: a duty from that period on
  (c) =>
    /^\s*(?:起|开始|開始)/.test(c.after) &&
    endsWithOneOf(c.before, '自从從由于於') &&
    /(?:须|須|必须|必須|应当|應當|应|應)\s*(?:自|从|從|由|于|於)\s*$/.test(c.before),
  // 所有持牌法團須於2027年1月1日或之前全面遵從: a deadline an obligation names
  before(/(?:须|須|必须|必須|应当|應當|应于|應於|需)(?:在|于|於)\s*$/, (c) => c.body()),
  // 意见征集期将于2027年1月15日结束, 諮詢期至; 有關諮詢於今年9月結束: a comment or notice
  // period's end
  (c) =>
    NOTICE_PERIOD_BEFORE.test(c.before) ||
    (CONSULTATION_BEFORE.test(c.before) && PERIOD_CLOSES_AFTER.test(c.after)),
  // 确保相关措施在明年一季度落地见效, 力争在2027年前: a policy body's aim for the period
  before(/(?:确保|確保|力争|力爭|争取|爭取)[^，。；]{0,12}(?:在|于|於)\s*$/, (c) => c.body()),
  // 《意见》落款日期为二〇二六年一月十五日: the date a document was signed
  before(/(?:落款日期|签发日期|簽發日期|印发日期|印發日期|成文日期)(?:为|為|是)?\s*$/),
  // 财政部定于下周三招标发行: a policy body's scheduled act
  (c) => endsWithOneOf(c.before, '于於') && /(?:定于|定於)\s*$/.test(c.before) && c.body(),
  // 国常会于, 议息会议将于, FOMC将在, 央行理監事會則於
  before(
    /(?:国常会|國常會|国务院常务会议|國務院常務會議|政治局会议|议息会议|議息會議|FOMC|货币政策委员会|理監事會|理监事会)(?:则|則)?(?:将|將)?(?:于|於|在)\s*$/,
  ),
  // 公司预计摘牌日为6月5日: the day a delisted share leaves the exchange
  before(/(?:摘牌日|摘牌日期|终止上市日|終止上市日)(?:预计)?(?:为|為|是)\s*$/),
  // 会议…决定在今年6月至8月集中开展专项检查: what a body's meeting decides to do, and when
  before(/(?:决定|決定|部署)(?:在|于|於)\s*$/, BODY_NEAR),
];

/** Marks written just after a date that make it a policy date on their own. */
const POLICY_NOUN_BEFORE_ZH =
  /(?:新政|政策|措施|补贴|補貼|细则|細則|规定|規定|办法|辦法|新规|新規|关税|關稅)[^，,。；]{0,4}$/;
// A rule by its kind (办法, 规定, 条例…), not a bare 法 (方法, 看法).
// (the words between may hold a comma, not another subject: 办法于2008年首次发布，先后于)
const RULE_NOUN_BEFORE =
  /(?:办法|辦法|规定|規定|规则|規則|条例|條例|细则|細則|准则|準則|指引|新规|新規|规章|規章)[^。；局部会會院委行所司]{0,20}$/;
export const ACT_AFTER_ZH: Cue[] = [
  // 集采将于12月10日在上海开标; 將於8月30日截標: a public tender's opening and closing days
  after(
    /^\s*(?:[（(][^）)]{1,12}[）)])?\s*(?:在[\u4e00-\u9fff]{2,4})?(?:开标|開標|截标|截標|招标|招標|推出[^，。；]{0,16}?(?:招标|招標))/,
    (c) => c.body() || /集采|集中采购|集中採購|政府|賣地|卖地|土地|地皮|招标|招標/.test(c.sentence),
  ),
  // 也将于明年1月1日与基本医保目录同步实施: a start shared with another measure
  after(
    /^\s*(?:起)?与[^，。；]{1,12}?(?:同步|同时|同時|一并|一併)(?:实施|實施|施行|执行|執行|生效)/,
  ),
  // 上周三（5月19日）中證監向兩家企業發出備案通知書: the body named after its day, then its act
  // (read in the sentence: the act may lie past the reach of the words after the day)
  (c) => BODY_FIRST_AFTER_ZH.test(c.after) && c.inSentence(BODY_ISSUES_NOTICE_ZH),
  // 北交所去年9月首次开通两融业务, 市场监管总局今年3月已就…进行了提醒告诫: a body named right
  // before its day, then its own act
  (c) =>
    BODY_JUST_BEFORE_ZH.test(c.before) &&
    /^\s*(?:已|曾|首次|正式|再次|先后|先後)?(?:[就对對向][^，。；]{1,20}?)?(?:开通|開通|推出|启动|啟動|实施|實施|叫停|约谈|約談|提醒告诫|提醒告誡|处罚|處罰|立案|出台|印发|印發|发布|發布)/.test(
      c.after,
    ),
  // 8月下旬还将续发50年期品种, 下半年将合理把握发行节奏: a government's bond issues ahead
  // (今年已累计发行专项债 counts what was sold)
  after(
    /^\s*(?:还|還)?(?:将|將|拟|擬|计划|計劃)[^。；，,]{0,12}?(?:续发|續發|增发|增發|发行|發行|首发|首發)[^。；，,]{0,10}?(?:国债|國債|专项债|專項債|地方债|地方債|品种|品種|节奏|節奏)/,
    (c) => c.body(),
  ),
  // 公司于7月10日收到中国证监会安徽监管局出具的警示函: a regulator's measure on a company
  after(
    /^\s*(?:[（(][^）)]{1,12}[）)])?\s*收到[^。；]{0,24}?(?:证监会|證監會|证监局|證監局|监管局|監管局|交易所|深交所|上交所|北交所)[^。；]{0,12}?(?:警示函|监管函|監管函|关注函|關注函|问询函|問詢函|处罚|處罰|立案|监管措施|監管措施)/,
  ),
  // 纳税人可在2029年3月1日至6月30日办理2028年度综合所得汇算清缴: the tax year and its
  // filing window
  after(/^[^。；，,]{0,24}?(?:汇算清缴|匯算清繳|年度汇算|年度匯算)/),
  // 8月LPR维持不变，四季度存在下调5至10个基点的可能: a rate move expected for the period
  after(
    /^\s*(?:存在|有|或|将|將|可能)?[^。；，,]{0,6}?(?:下调|下調|上调|上調|调降|調降)\s*\d+(?:\s*(?:至|到|-|－)\s*\d+)?\s*[个個]?基点/,
    (c) => c.inSentence(/LPR|贷款市场报价利率|貸款市場報價利率|降息|减息|減息|政策利率/),
  ),
  // 上交所本周二（6月6日）新受理2家企业的首发申请: an exchange's acceptance of a filing
  after(/^\s*(?:[（(][^）)]{1,16}[）)])?\s*(?:新)?受理/, BODY_NEAR),
  // 2028/29年度首兩季差餉獲寬免, 2027/28課稅年度薪俸稅寬減100%: a year's tax relief
  after(/^[^，,。；]{0,12}?(?:寬免|寬減|宽免|宽减|減免|减免)/),
  // 已獲房屋委員會於上月通過: a body's approval
  after(/^\s*(?:正式)?(?:通過|通过)(?!率)/, BODY_NEAR),
  // 將於5月底前發放: a payment of the state by a day
  after(/^\s*前\s*(?:發放|发放|派發|派发|發還|发还)/, BODY_NEAR),
  // 明年上半年獲國家藥監局批覆: an approval expected then
  after(
    /^\s*(?:獲|获)[^，,。；]{0,12}?(?:批覆|批复|批准|核准|註冊|注册)/,
    (c) => c.body() || /藥監局|药监局|證監會|证监会|監管|监管/.test(c.after),
  ),
  // 歐盟2024年的裁定: a body's ruling of that year
  after(/^\s*的?(?:裁定|裁決|裁决|判決|判决)/, BODY_NEAR),
  // 價格承諾機制7月上路: a measure taking effect
  after(/^\s*(?:正式)?上路/),
  // 明年第一季美國半導體關稅上路後: the measure named between the date and its start
  after(
    /^[^，,。；]{0,10}?(?:關稅|关税|新制|新規|新规|新政|禁令|管制)(?:正式)?(?:上路|生效|實施|实施|施行)/,
  ),
  // 公积金新政10月起落地, 上一次（降准）于3月下旬落地: a policy landing from a day
  after(
    /^\s*(?:起)?\s*(?:正式|陆续|陸續)?落地/,
    (c) => POLICY_NOUN_BEFORE_ZH.test(c.before) || RATE_ACT_ZH.test(c.sentence),
  ),
  // 自2024年9月27日起對大陸製電動車課徵的關稅, 自2026年7月起已將關稅調升至35%
  after(
    /^\s*起[^，,。；]{0,20}?(?:課徵|课征|加徵|加征|徵收|征收)|^\s*起[^，,。；]{0,14}?(?:關稅|关税|稅率|税率)[^，,。；]{0,8}?(?:調升|调升|上調|上调|下調|下调|調降|调降)/,
  ),
  // 《通知》于今日下午挂网: a document posted that day
  after(/^\s*(?:上午|下午|晚间|晚間)?\s*(?:挂网|掛網)/),
  // 自明年4月1日起適用於…: a rule's start
  after(/^\s*(?:[（(][^）)]{1,12}[）)])?\s*起\s*(?:適用|适用)/),
  // 已於2024年5月28日轉行T+1結算: a market's switch of its settlement rules
  after(
    /^\s*(?:起)?\s*(?:轉行|转行|改行|轉用|转用|過渡至|过渡至|全面轉|全面转|實行|实行)\s*(?:T\+[0-2]|[^，,。；]{0,6}(?:結算|结算))/,
  ),
  // 央行本周（2月14日至18日）公开市场累计开展逆回购操作: the central bank's operations
  after(
    /^\s*(?:[（(][^）)]{1,20}[）)]|[）)])?\s*(?:在|于|於)?\s*(?:公开市场|公開市場)?\s*(?:累计|累計|共|合计|合計)?\s*(?:开展|開展|进行|進行|实施|實施)(?:了)?\s*[^，,。；]{0,10}?(?:逆回购|逆回購|MLF|回购|回購|公开市场操作|公開市場操作)/,
    BODY_NEAR,
  ),
  // 1月20日（周四）公布的数据显示，1年期贷款市场报价利率（LPR）为2.45%: the fixing's day
  after(
    /^\s*(?:[（(][^）)]{1,20}[）)]|[）)])?\s*(?:公布|公佈|发布|發布)的?(?:数据|數據)?(?:显示|顯示)?[，,]?\s*(?:1年期|一年期|5年期|五年期)?\s*(?:贷款市场报价利率|貸款市場報價利率|LPR)/,
  ),
  // 介绍2037年中央和地方预算草案, 审查二〇三七年国民经济和社会发展计划草案: the year of a
  // budget or a plan laid before the congress
  after(
    /^\s*(?:的)?\s*(?:(?:中央和地方|中央|地方|全国|全國|政府|财政|財政)\s*(?:预算|預算)|(?:预算|預算)(?:草案|报告|報告|案)|国民经济和社会发展计划|國民經濟和社會發展計劃)/,
  ),
  // 这是继今年1月之后，LPR年内第二次下调: the rate move before this one
  after(
    new RegExp(
      String.raw`^\s*(?:之后|之後)[，,]?[^。；]{0,12}?(?:第[二三四五六七八九十\d]+次|再次|再度|又一次)(?:${RATE_ACT_WORDS_ZH}|下调|下調|上调|上調|调降|調降|调升|調升)`,
    ),
    (c) => /[继繼]\s*$/.test(c.before),
  ),
  // 4月21日上午9时，中国人民银行授权全国银行间同业拆借中心公布…LPR: the fixing's day and hour
  after(/^\s*(?:[上下]午|早上|上午)?\s*\d{1,2}\s*(?:[时時点點]|[:：]\d{2})/, (c) =>
    c.inSentence(LPR_PUBLISHED_ZH),
  ),
  // 2026年1月1日至2027年12月31日期间购置的新能源汽车免征车辆购置税: a tax relief's period
  after(
    /^\s*(?:期间|期間)[^，,。；]{0,24}?(?:免征|免徵|减征|減徵|减半征收|減半徵收|减免|減免|暂免|暫免|享受|给予|給予)/,
  ),
  // 將於台灣時間明（19）日凌晨2時公布利率決策: the hour a rate decision is announced
  after(
    /^\s*(?:[（(]\d{1,2}[）)]日)?\s*(?:凌晨|上午|下午|晚間|晚间|早上)?\s*(?:\d{1,2}[時时点點](?:\d{1,2}分|半)?)?\s*(?:公布|公佈|宣布|宣佈)(?:的)?(?:利率決策|利率决策|利率決議|利率决议)/,
  ),
  // 若聯準會明年上半年累計降息幅度達3碼: a central bank's moves over the period
  after(/^[^，。；]{0,4}?(?:累計|累计)(?:降息|減息|减息|加息|升息)/, BODY_IN_SENTENCE),
  // 纳税人可在2049年3月1日至6月30日办理2048年度个税汇算: a tax-filing window
  after(/^\s*(?:期间|期間)?(?:办理|辦理)[^，。；]{0,12}?(?:汇算|匯算|申报|申報|清缴|清繳)/),
  // 城市房地产融资协调机制于2044年1月建立: a mechanism a policy sets up
  (c) =>
    /^\s*(?:正式)?(?:建立|设立|設立)/.test(c.after) &&
    (/机制|機制|制度|工具|平台/.test(c.sentence) || c.body()),
  // 自2025年5月1日取消強積金「對沖」安排: a rule or arrangement ended from that day
  (c) =>
    /[自从從]\s*$/.test(c.before) &&
    /^\s*(?:起)?(?:取消|撤销|撤銷|废除|廢除)/.test(c.after) &&
    c.body(),
  // 该股将于5月8日进入退市整理期: a delisting's steps, set by the exchange's decision
  after(/^\s*(?:起)?(?:进入|進入)(?:退市整理期|退市整理|摘牌)/),
  // 北京证监局今日对中信证券出具警示函: a regulator's measure against a firm that day
  after(
    /^\s*(?:对|對)[^，。；]{1,16}?(?:出具|作出|下发|下發|采取|採取)(?:了)?[^，。；]{0,6}?(?:警示函|监管措施|監管措施|处罚|處罰|罚单|罰單|监管函|監管函)/,
    BODY_IN_SENTENCE,
  ),
  // 聯準會7月27至28日的利率決策: a central bank's rate decision on its days
  after(/^\s*(?:的)?(?:利率決策|利率决策|利率決議|利率决议|議息結果|议息结果)/, BODY_NEAR),
  // 2048年1月1日至2049年12月31日购置的新能源汽车，减半征收车辆购置税: a tax treatment of
  // what is bought in the period
  after(
    /^\s*(?:期间|期間)?(?:购置|购买|購置|購買|销售|銷售|进口|進口)的[^。；]{0,14}?(?:减半征收|減半徵收|免征|免徵|减征|減徵)/,
  ),
  // 今年首批汽车消费券将于1月18日开放领取: a government's vouchers or subsidies handed out
  (c) =>
    /^\s*(?:起)?(?:开放领取|開放領取|开始发放|開始發放|发放|發放|开抢|開搶)/.test(c.after) &&
    /消费券|消費券|补贴|補貼/.test(c.sentence),
  // 工信部上月底就《…规定》公开征求意见: a body's consultation on a named document
  after(/^\s*(?:就|对|對)《/, BODY_IN_SENTENCE),
  // 央行下週理監事會; 聯準會下次會議訂於7月27日至28日召開
  // (將視6月16日下次理監事會前的數據: the next meeting's day)
  after(
    /^\s*(?:[（(][^）)]{1,12}[）)])?\s*(?:的)?(?:下次|下一次|下一場|下一场)?(?:理監事會|理监事会|議息會議|议息会议)/,
  ),
  (c) =>
    /^\s*(?:[（(][^）)]{1,12}[）)])?\s*(?:召開|召开|舉行|举行)/.test(c.after) &&
    /(?:會議|会议)[^，。；]{0,4}?(?:訂於|定於|定于|订于|將於|将于|於|于)\s*$/.test(c.before) &&
    BODY_IN_SENTENCE(c),
  // 补贴将于明天（4月20日）起开放申请: a programme's applications open that day
  after(
    /^\s*(?:[（(][^）)]{1,12}[）)])?\s*起?\s*(?:开放|開放|启动|啟動|开始|開始|接受)(?:申请|申請|受理|申报|申報)/,
  ),
  // 人民银行、金融监管总局去年12月联合发文; 三部門上週聯合公告: a body's document that day
  after(
    /^\s*(?:[（(][^）)]{1,12}[）)])?\s*(?:联合|聯合)?(?:发文|發文|印发|印發)|^\s*(?:[（(][^）)]{1,12}[）)])?\s*(?:联合|聯合)公告/,
    BODY_IN_SENTENCE,
  ),
  // 明日（12月20日）的贷款市场报价利率: that day's LPR fixing
  after(
    /^\s*(?:[（(][^）)]{1,20}[）)]|[）)])?\s*的\s*(?:1年期|一年期|5年期|五年期)?\s*(?:贷款市场报价利率|貸款市場報價利率|LPR)/,
  ),
  // 上月刚刚获证监会同意注册: a regulator's approval that day
  after(
    /^[^，。；]{0,4}?(?:获|獲)(?:得)?[^，。；]{0,8}?(?:同意注册|同意註冊|批准|核准|批复|批覆|注册生效|註冊生效|审核通过|審核通過)/,
    BODY_IN_SENTENCE,
  ),
  // 本期国债将于3月12日（周五）招标: a government bond's auction
  after(/^\s*(?:[（(][^）)]{1,12}[）)])?\s*(?:招标|招標)/, BODY_IN_SENTENCE),
  // 今年5%左右的增长目标, 今年赤字率维持在4%左右: a year's targets set by a government
  after(/^[^，。；]{0,10}?(?:增长目标|增長目標|赤字率|预期目标|預期目標)/),
  // 商務部7日公布最終措施: a body's measures announced that day
  after(
    new RegExp(
      String.raw`^\s*(?:[（(][^）)]{1,12}[）)])?\s*(?:公布|公佈|宣布|宣佈|發布|发布|頒布|颁布)(?:了)?${MEASURES_ZH}`,
    ),
    BODY_IN_SENTENCE,
  ),
  // 2月25日，财政部官网发布关于…的通知: the day a body issues a notice (6月9日晚间，证监会
  // 发布《…办法（修订征求意见稿）》: or a document it names)
  after(
    /^\s*(?:上午|下午|晚间|晚間|早间|早間|晚上)?\s*[，,]\s*[^，。；（(]{0,12}?(?:[（(][^）)]{1,14}[）)])?\s*(?:正式|联合|聯合|再次)?(?:发布|發布|印发|印發)(?:了)?(?:(?:关于|關於)[^，。；]{0,40}?(?:通知|公告|意见|意見|办法|辦法|规定|規定)|(?:修订后的|修訂後的|新修订的|新修訂的)?《)/,
    BODY_IN_SENTENCE,
  ),
  // 保監局上週五（8日）發出通函; 预计于明年2月中旬作出最终决定; 于明年上半年公布…调查结果:
  // a body's circular, its ruling, its investigation's findings
  after(
    /^\s*(?:[（(][^）)]{1,12}[）)])?\s*(?:向[^，。；]{1,10}?)?(?:发出|發出|发布|發布|印发|印發|下发|下發)(?:了)?[^，。；]{0,8}?(?:通函|通告|指引|通知)|^\s*(?:[（(][^）)]{1,12}[）)])?\s*(?:作出|做出)(?:最终|最終|初步)?(?:决定|決定|裁定|裁决|裁決)|^\s*(?:[（(][^）)]{1,12}[）)])?\s*(?:公布|公佈)[^，。；]{0,24}?(?:调查结果|調查結果|终裁|終裁|初裁)/,
    BODY_IN_SENTENCE,
  ),
  // 现行重组办法于2008年首次发布，先后于2014年、2020年和2035年三次修订: a rule's issue and
  // its revisions, the rule named just before
  (c) =>
    /^\s*(?:首次|正式|先后|先後|再次|[一二两兩三四五六]次)?(?:发布|發布|出台|印发|印發|颁布|頒布|修订|修訂|修改|制定)/.test(
      c.after,
    ) && RULE_NOUN_BEFORE.test(c.before),
  // 將於下週四（15日）院會提出方案: a cabinet's meeting
  after(/^\s*(?:[（(][^）)]{1,12}[）)])?\s*(?:院會|院会|常委會|常委会|常務會議|常务会议)/),
  // 起施行, 起正式实施, 生效, 开始实行
  // (追溯至去年9月16日上午11時起生效: a time of day may come between)
  after(
    /^\s*(?:(?:上午|下午|凌晨|晚上|中午)?\s*\d{1,2}(?:[:：]\d{2}|[时時点點](?:\d{1,2}分|半)?)\s*)?(?:起|之日起|开始|開始)?\s*(?:正式)?(?:开始|開始)?(?:施行|实施|實施|实行|實行|生效|执行|執行)/,
  ),
  // 过渡期…至2027年12月31日止, 有效期至…为止: a period that ends that day
  (c) =>
    /^\s*(?:止|为止|為止)/.test(c.after) &&
    /(?:至|到)\s*$/.test(c.before) &&
    /过渡|過渡|有效期|期限|宽限|寬限|措施|政策|安排|优惠|優惠|豁免|试点|試點|暂停|暫停/.test(
      c.sentence,
    ),
  // 自今年2月1日起，…贷款的最高额度由120万元提高至150万元: a rule's figure changes that day
  // (a bank's own prime rate is not among them)
  (c) => /^\s*(?:起|之日起)/.test(c.after) && c.inSentence(FIGURE_CHANGE_FROM_DAY),
  // 自2026年12月1日起算: a trial period counted from that day
  after(/^\s*(?:起算|起計|起计)/),
  // 受理窗口将于明年1月31日关闭: an application window closes
  (c) =>
    /^\s*(?:关闭|關閉|截止|结束|結束)/.test(c.after) &&
    /窗口|受理|申报|申報|申请|申請|报名|報名/.test(c.before),
  // 便利措施自明年1月1日起擴展至更多城市: a measure changing from that day (or a notice's
  // terms: 聯合公告，自4月1日起…減半徵收)
  (c) =>
    /^\s*起/.test(c.after) &&
    endsWithOneOf(c.before, '自由从從') &&
    /措施|政策|规定|規定|办法|辦法|条例|條例|新规|新規|新政|安排|制度|签注|簽注|补贴|補貼|联合公告|聯合公告|通知|发文|發文|印发|印發/.test(
      c.before,
    ),
  // 至2028年11月26日屆滿, 过渡安排将于明年5月31日届满: a measure or arrangement ends
  (c) =>
    /^\s*(?:届满|屆滿|失效|终止|終止|到期)/.test(c.after) &&
    /措施|安排|过渡|過渡|宽减|寬減|豁免|优惠|優惠|制度|政策|规定|規定|条例|條例|办法|辦法|牌照|有效期|计划|計劃|试点|試點|关税|關稅|禁令|暂停|暫停|期限|批给|批給|特许|特許|经营权|經營權/.test(
      c.before,
    ),
  // 將於下星期三提交立法會首讀, 刊憲: a bill's steps
  after(
    /^\s*[^，。；]{0,6}?(?:提交|提請|提请|交付)(?:立法會|立法会|全国人大|全國人大|人大|国务院|國務院)|^\s*[^，。；]{0,8}?(?:首讀|二讀|三讀|首读|二读|三读|刊憲|刊宪)/,
  ),
  // 起始年度由2026年度推迟至2027年度: a date an act moves, from and to
  (c) =>
    endsWithOneOf(c.before, '由从從') &&
    /^\s*(?:推迟|推遲|延后|延後|推后|推後|提前|延长|延長|调整|調整|改为|改為)(?:至|到)/.test(
      c.after,
    ),
  // 并于本月底前组织培训 (上交所): a policy body's own deadline
  (c) =>
    /^\s*(?:前|以前|之前)/.test(c.after) &&
    endsWithOneOf(c.before, '于於在') &&
    BODY_IN_SENTENCE(c),
  // 由2026年度推迟至2027年度 (a rule's start), 延至明年: the date an act is moved to
  (c) =>
    endsWithOneOf(c.before, '至到') &&
    /(?:推迟|推遲|延后|延後|推后|推後|延期|顺延|順延|延长|延長)(?:至|到)\s*$/.test(c.before) &&
    c.body(),
  // 为明年上半年国内货币政策打开了窗口: the period of a monetary or fiscal policy (and
  // 分析研究明年经济工作, 为明年经济工作定调: the year a policy meeting plans)
  after(/^\s*(?:的)?(?:国内|國內)?(?:货币政策|貨幣政策|财政政策|財政政策|经济工作|經濟工作)/),
  // 二季度专项债发行将进入高峰, 二季度政府债券供给压力: the state's own bond sales
  after(
    /^\s*(?:的)?(?:地方)?(?:专项债|專項債|政府债券|政府債券|超长期特别国债|超長期特別國債|特别国债|特別國債)[^，。；]{0,6}?(?:发行|發行|供给|供給)(?!情况|情況|数据|數據|统计|統計)/,
  ),
  // 因2月20日为非工作日，本月LPR报价顺延; 12月21日的报价存在下调的可能: the LPR's fixing day
  (c) =>
    /^\s*(?:为|為|适逢|適逢|恰逢)(?:非工作日|周末|週末|节假日|節假日|周日|週日|周六|週六)|^\s*(?:的)?(?:LPR|贷款市场报价利率|貸款市場報價利率)?(?:报价|報價)/.test(
      c.after,
    ) && c.inSentence(LPR_ZH),
  // 首期30年期国债将于5月23日招标发行: the state's own bond auction (a company's bond is
  // its own: 公司债, 企业债 name no state)
  (c) =>
    /^\s*(?:起)?(?:招标|招標)?(?:完成|开始|開始|启动|啟動)?(?:发行|發行|招标|招標|续发|續發|首发|首發)/.test(
      c.after,
    ) && c.inSentence(STATE_BOND_ZH),
  // 第四批资金将于9月底前下达地方: funds the state allocates
  after(/^\s*(?:前|以前|之前)?(?:下达|下達)/, BODY_NEAR),
  // 12月底前完成, 之前提交: a deadline
  (c) => /^\s*(?:前|以前|之前|为止|為止)/.test(c.after) && DEADLINE_ACT.test(c.after.slice(0, 16)),
  // 11月28日召开的国务院常务会议, 美联储12月议息会议
  after(
    /^\s*(?:召开|召開|举行|舉行)?(?:的)?\s*(?:中共中央|中央)?(?:国务院常务会议|國務院常務會議|国常会|國常會|政治局会议|中央经济工作会议|议息会议|議息會議|货币政策会议|FOMC(?:会议)?|常务会议|货币政策委员会|(?:全国|全國)?(?:两会|兩會|人代会|人代會|人大会议|人大會議|政协会议|政協會議))/,
  ),
  // LPR fixings and central-bank operations: 1年期LPR, 开展MLF操作, 降准
  after(
    /^\s*(?:的)?\s*(?:央行|人民银行)?(?:开展|開展|进行|進行|续作|續作)?(?:了)?\s*(?:\d+亿元)?\s*(?:(?:1|一|5|五)年期(?:以上)?)?(?:LPR|贷款市场报价利率|MLF|中期借贷便利|逆回购|PSL|降准|降息|加息)/,
  ),
  // 12月21日的报价: an LPR fixing, in a story about the LPR
  (c) =>
    /^\s*的?(?:LPR)?(?:报价|報價)/.test(c.after) &&
    c.inSentence(/LPR|贷款市场报价利率|貸款市場報價利率/),
  // 证监会计划于2027年上半年就…: a policy body's plan for the period, the body its subject
  // (not 政府將於本週五公布…生產總值, a statistic's release)
  (c) =>
    BODY_PLAN_BEFORE.test(c.before) &&
    !STATISTIC_RE.test(c.after.slice(0, 24)) &&
    !BRIEFING_AFTER.test(c.after) &&
    !SPEECH_AT_FORUM_AFTER.test(c.after),
  // 12月15日起，新规正式实施: what starts that day is a rule taking effect
  after(
    /^\s*(?:起|之日起)[，,]?\s*[^，。；]{0,8}?(?:正式)?(?:施行|实施|實施|生效|执行|執行|实行|實行)/,
  ),
  // 起 with an act in the clause: 自2024年7月1日起，…实行
  (c) => /^\s*(?:起|之日起)/.test(c.after) && ACT.test(c.after) && BODY_IN_SENTENCE(c),
  // 3月1日起，新申报的车型须满足…; 由明年1月1日起，申請人須…: an obligation from that day
  (c) =>
    /^\s*(?:起|之日起)[，,]?[^。；]{0,40}?(?:须|須|必须|必須|应当|應當|不得|禁止|一律)/.test(
      c.after,
    ) && c.body(),
  // 交易所將於6月8日起把…: a policy body's change from that day
  (c) =>
    /(?:将|將|拟|擬)(?:于|於|由|从|從)\s*$/.test(c.before) &&
    /^\s*(?:起|开始|開始)/.test(c.after) &&
    BODY_IN_SENTENCE(c),
  // 今年4月1日起先由0.1%減至0.09%: a rate stepped from that day (稅率, 费率 named before)
  (c) =>
    /^\s*(?:起|之日起)[，,]?\s*(?:先|再|将|將|会|會|亦|也)?\s*(?:由[^，。；]{1,20}?)?(?:减至|減至|降至|增至|升至|提高至|提高到|下调至|下調至|上调至|上調至|调整为|調整為|调整至|調整至|改为|改為)/.test(
      c.after,
    ) &&
    (c.body() || /税|稅|率|费|費/.test(c.sentence)),
  // 自2027年年报起: a duty from a report of that year on
  after(/^\s*(?:年度)?(?:年报|年報|半年报|半年報|年度报告|年度報告|季报|季報|财务报告|財務報告)起/),
  // 自下周一（11月30日）起开通回购问询通道: a policy body's service from that day
  (c) =>
    /^\s*(?:起|之日起)[，,]?\s*(?:正式)?(?:开通|開通|上线|上線|启用|啟用|受理|试运行|試運行)/.test(
      c.after,
    ) && c.body(),
  // 1月1日起新能源汽车购置税由免征改为减半征收: a tax or fee changing from that day
  after(
    /^\s*(?:起|之日起)[^。；]{0,20}?(?:税|稅|费|費|关税|關稅|补贴|補貼)[^。；]{0,12}?(?:改为|改為|调整|調整|上调|上調|下调|下調|减半|減半|免征|免徵|取消|恢复|恢復|征收|徵收)/,
  ),
  // 下半年要着力扩大内需, 明年将加快推进: a policy body's stance for the period
  (c) =>
    /^\s*(?:(?:要|须|需|应|應|将|將)(?:继续|繼續)?|继续|繼續)(?:在[^，,。；]{1,30}?)?(?:适当|適當|进一步|進一步|稳步|穩步|大力|持续|持續)?(?:着力|著力|加快|加大|推进|推進|推动|推動|落实|落實|实施|實施|出台|完善|扩大|擴大|开展|開展|启动|啟動|安排|提高|降低|增加|下调|下調|上调|上調)/.test(
      c.after,
    ) && BODY_IN_SENTENCE(c),
  // 证监会上周五（3月12日）就《…》公开征求意见: a body's consultation opened that day
  (c) =>
    /^\s*(?:[（(][^）)]{1,12}[）)])?\s*就[^。；]{0,60}?(?:公开|公開|向社会|向社會)?(?:征求意见|徵求意見|咨询|諮詢)/.test(
      c.after,
    ) && c.body(),
  // 二季度稳增长政策有望进一步加码: the period a policy is for (年初以来…政策 is a span's start)
  after(
    /^\s*(?!以来|以來)(?:的)?[^\s，,。；;在有望将將会會下是为為被把对對由从從及和与與或]{0,5}?政策(?!性|效应|效應|效果|红利|紅利|面)/,
  ),
  // 2027年券商分类评价将首次适用新规: the period a new rule first applies to
  after(
    /^[^，。；]{0,12}?(?:将|將)?(?:首次|正式|开始|開始)?(?:适用|適用)(?:新规|新規|新规定|新規定|新办法|新辦法|该规定|該規定|本办法|本辦法|修订后|修訂後)/,
  ),
  // 將於本週四（24日）在香港發行60億元人民幣國債: a government's bond sale
  after(
    /^\s*(?:[（(][^）)]{1,12}[）)])?\s*(?:在[^，。；]{1,6}?)?(?:发行|發行|续发|續發|招标|招標|增发|增發)[^，。；]{0,20}?(?:国债|國債|地方债|地方債|专项债|專項債|政府债|政府債|央票|特别国债|特別國債)/,
  ),
  // 截至2027年1月20日前: a deadline (截至 alone is "as of")
  (c) => /(?:截至|截止)\s*$/.test(c.before) && /^\s*(?:前|之前|以前)/.test(c.after),
  // 适用于2月24日或之后签订的协议, 于2027年6月30日或之前: a rule's scope and deadline
  after(/^\s*(?:或之后|或之後|或以后|或以後|或之前|或以前)/),
  // 2026年12月公开市场国债买卖净买入: the central bank's bond trading
  after(/^\s*(?:的)?(?:公开市场|公開市場)?(?:国债买卖|國債買賣)/),
  // 今年1月22日获中国证监会同意注册, 已于2月25日获得注册批文: a regulator's approval
  after(
    /^\s*(?:获|獲)(?:得)?(?:中国|中國)?(?:证监会|證監會)?(?:同意注册|同意註冊|注册批文|註冊批文|批准|核准|批文)/,
  ),
  // 中国证监会上周四（3月4日）同意…注册: a regulator's decision that day
  (c) =>
    /^\s*(?:[（(][^）)]{1,12}[）)])?\s*(?:同意|批准|核准|否决|否決|终止|終止|暂停|暫停)[^，。；]{0,30}?(?:注册|註冊|上市|发行|發行|申请|申請)/.test(
      c.after,
    ) && /(?:证监会|證監會|交易所|上市委|联交所|聯交所)[^，。；]{0,6}$/.test(c.before),
  // 政府上月發行的250億元綠色債券, 首批機構債券預計於今年4月發行: a government's bond issue
  (c) =>
    /^\s*(?:发行|發行)/.test(c.after) &&
    /(?:债券|債券|国债|國債|iBond|绿色债|綠色債)/.test(c.sentence) &&
    c.body(),
  // 並在2028至29年度恢復收支平衡: a budget's target year
  after(/^\s*(?:至\d{2,4})?(?:年度)?[^，。；]{0,4}?(?:恢復|恢复)(?:收支)?平衡/),
  // 大會將於明（11）日閉幕: a congress's opening or closing day
  // (3月11日下午闭幕, 3月5日在北京开幕: a time of day or the city between)
  (c) =>
    /^\s*(?:[（(]\d{1,2}[）)])?日?\s*(?:上午|下午|晚间|晚間)?\s*(?:在[\u4e00-\u9fff]{2,3})?\s*(?:开幕|開幕|闭幕|閉幕)/.test(
      c.after,
    ) && c.body(),
  // 今年經濟增長目標設定為4.5%至5%: a target for the period
  after(/^\s*(?:的)?[^，。；]{0,6}?(?:目標|目标)(?:設定|设定|定為|定为|為|为|是|设为|設為)/),
  // OPEC+下月初將舉行會議: a policy body's meeting (not a company's board or shareholders)
  (c) =>
    /^\s*(?:将|將)?(?:于|於)?\s*(?:在[\u4e00-\u9fff]{2,4})?(?:举行|舉行|召开|召開)(?![^，。；]{0,14}?(?:股东|股東|董事|监事|監事|业绩|業績|发布会|發布會|记者会|記者會|投资者|投資者|说明会|說明會))[^，。；]{0,14}?(?:会议|會議|峰会|峰會|座谈会|座談會|研讨会|研討會|工作会|工作會)/.test(
      c.after,
    ) && c.body(),
];

// What a statistics office publishes (Simplified and Traditional).
const STATISTIC =
  '外汇储备|外匯儲備|集资额|集資額|集资总额|集資總額|经济成长率|經濟成長率|成交额|成交額|PCE|个人消费支出|個人消費開支|非农|非農|数据|數據|数字|數字|指数|指數|CPI|PPI|GDP|PMI|社融|M2|M1|统计|統計|失业率|失業率|就业|就業|消费物价|消費物價|物价|物價|生产总值|生產總值|增加值|零售|进出口|進出口|出口|进口|進口|估计|估計';

const STATISTIC_RE = new RegExp(STATISTIC);
const LPR_FIGURES = /贷款市场报价利率|貸款市場報價利率|LPR/;
const RATE_DECISION_ZH = /議息|议息|FOMC|加息|減息|减息|降息/;
// 控股股东计划自7月17日起6个月内…增持, 股票自本周五起复牌, 价格自一季度末起企稳回升: a
// company's own step or a price's turn from that day, with an exchange or a body named near
const COMPANY_SUBJECT_BEFORE_ZH =
  /(?:公司|股东|股東|股票|股价|股價|价格|價格|董事|高管|持股)[^，。；]{0,12}(?:自|从|從|由)\s*$/;
const RULE_WORDS_ZH = /须|須|应当|應當|應|应|要求|不得|规定|規定|施行|实施|實施|办法|辦法/;
const COMPANY_PLAN_BEFORE_ZH =
  /(?:^|[，,。；\s]|称|稱|表示)(?:公司|该公司|該公司|本公司|企业|企業|产线|產線|项目|項目|工厂|工廠|新厂|新廠)[^，。；]{0,10}?(?:拟|擬|将|將|计划|計劃|预计|預計)(?:于|於|在)\s*$/;
const COMPANY_STEP_AFTER_ZH =
  /^\s*(?:[（(][^）)]{1,12}[）)])?\s*(?:起|期间|期間)?[^。；]{0,40}?(?:增持|减持|減持|(?<!逆)(?:回购|回購)|复牌|復牌|停牌|质押|質押|企稳|企穩|回升|回落|走高|走低|反弹|反彈)/;
const BANK_OR_DIVIDEND_ZH =
  /最優惠利率|最优惠利率|存款利率|存款息率|按揭息率|封頂息率|封顶息率|H按|股息|派息|除淨|除净|截止過戶|截止过户/;
// (or an investigation's findings: 公布對進口筆電的232條款調查結果)
const MEASURES_RELEASED = new RegExp(
  String.raw`^\s*(?:[（(][^）)]{1,12}[）)])?\s*日?\s*(?:公布|公佈|发布|發布)(?:了)?(?:${MEASURES_ZH}|[^，。；]{0,24}?(?:调查结果|調查結果|终裁|終裁|初裁))`,
);
const STATISTIC_DUE_BEFORE = new RegExp(
  `(?:${STATISTIC})[^，。；]{0,10}?(?:將於|将于|於|于|在)\\s*$`,
);

// A named statistical series, which may stand a few words after its period.
const SERIES =
  'CPI|PPI|GDP|PMI|失业率|失業率|消费物价|消費物價|物价指数|物價指數|生产总值|生產總值|增加值|零售总额|零售總額|进出口|進出口';

const INDEX_COMPILER_ZH =
  /恒生指數有限公司|恒生指数有限公司|恒生指數公司|恒生指数公司|恒指公司|中证指数有限公司|中證指數有限公司|中证指数公司|富時羅素|富时罗素|MSCI|明晟|標普道瓊斯指數|标普道琼斯指数/;

/** Never a policy date, whatever marks it. */
export const NEVER_POLICY_ZH: Cue[] = [
  // 年报预约披露时间由4月24日调整至4月29日; 定于本周五召开2047年年度股东大会: a company's own
  // disclosure date and its shareholders' meeting
  (c) =>
    /(?:预约披露|預約披露|披露时间|披露時間|披露日期)[^，。；]{0,6}$/.test(c.before) ||
    /^[^，。；]{0,16}?(?:股东大会|股東大會|股东会|股東會)/.test(c.after),
  // 宣布新一輪股份回購計劃，預計下月起分階段執行: the company's programme from that day
  before(/(?<!逆)(?:回购|回購|增持|减持|減持)(?:股份)?(?:计划|計劃|方案)[^。；]{0,10}$/),
  // 京东集团本周二宣布，将于明年3月底前完成对旗下资产的整合: a company's own deal (with no
  // policy body in the sentence)
  after(
    /^\s*(?:底|末)?(?:前|之前)\s*(?:完成|实现|實現)[^，,。；]{0,24}?(?:整合|收购|收購|并购|併購|重组|重組|交割|投产|投產|交付|建成|量产|量產|私有化|分拆)/,
    (c) => !c.body(),
  ),
  // 招股期至4月26日, 申购日为: a new listing's own days (the exchange named beside them or not)
  before(
    /(?:招股|申购|申購|认购|認購|配售|暗盘|暗盤)(?:期|日|期间|期間)?(?:至|到|为|為|截至|截止)?\s*$/,
  ),
  // 公司已于本周一（7月10日）首次实施回购: a company's buyback, whatever its verb
  after(
    /^\s*(?:[（(][^）)]{1,12}[）)])?\s*(?:首次)?(?:实施|實施|完成|开展|開展|启动|啟動)(?:了)?(?:股份|股票)?(?:回购|回購|增持|减持|減持)/,
  ),
  // 控股股东计划自7月17日起6个月内…增持, 股票自本周五起复牌: a company's own step from that
  // day (but 自8月1日起，上市公司须披露回购进展 is a rule on such steps)
  // (两所还将自下周一起开通回购专项问询通道: the exchanges' own service is theirs)
  (c) => {
    // (the subject's 自/从/由 right before the date, looked at first: one character spares
    // most dates the step's pattern)
    if (!endsWithOneOf(c.before, '自从從由')) return false;
    const step = COMPANY_STEP_AFTER_ZH.exec(c.after);
    return (
      !!step &&
      !RULE_WORDS_ZH.test(step[0]) &&
      !RULE_WORDS_ZH.test(c.before.slice(-16)) &&
      COMPANY_SUBJECT_BEFORE_ZH.test(c.before)
    );
  },
  // 上週三（16日）公布的會議紀要: the day minutes come out is a publication's
  after(
    /^\s*(?:[（(][^）)]{1,20}[）)]|[）)])?\s*(?:公布|公佈|發布|发布|公开|公開)[^，,。；]{0,8}?(?:會議紀要|会议纪要|會議記錄|會議紀錄|会议记录|会议纪录|紀要|纪要)/,
  ),
  // 下周（2月21日至25日）将有1.02万亿元逆回购到期, 本月MLF到期量: a maturity, no operation
  after(
    /^\s*(?:[（(][^）)]{1,20}[）)]|[）)])?\s*(?:[^，,。；]{0,8}?(?:将有|將有|有|共有))?\s*[^，,。；]{0,12}?(?:逆回购|逆回購|MLF|回购|回購)\s*到期(?!前)|^\s*到期(?:量|规模|規模)/,
  ),
  // 香港交易所定於8月18日（週三）公布中期業績: a company's results day
  after(
    /^\s*(?:[（(][^）)]{1,12}[）)])?\s*(?:公布|公佈|發布|发布|发表|發表)(?:其)?(?:中期|全年|年度|季度|第[一二三四]季度?|半年)?(?:業績|业绩|财报|財報)/,
  ),
  // 各銀行將最優惠利率下調，明日起生效; 須於8月11日或之前買入以收取股息: a bank's own
  // rates, a dividend's days (a policy body in the sentence keeps its act)
  (c) =>
    c.inSentence(BANK_OR_DIVIDEND_ZH) && !BODY_IN_SENTENCE(c) && !c.inSentence(RATE_DECISION_ZH),
  // 美國3月消費者物價指數則將於下週三（14日）公布: a statistic's release day
  (c) =>
    /^\s*(?:[（(][^）)]{1,12}[）)])?\s*(?:公布|公佈|發布|发布)/.test(c.after) &&
    STATISTIC_DUE_BEFORE.test(c.before),
  // 恒生指數有限公司…有關變動將於3月8日起生效: an index compiler's review
  (c) => c.inSentence(INDEX_COMPILER_ZH),
  // 統計處前日（23日）亦公布，1月整體出口貨值…: the day a statistic came out
  (c) =>
    /^\s*(?:[（(][^）)]{1,12}[）)])?\s*日?\s*(?:亦|也|还|還|已|则|則)?(?:晚间|晚間|早间|早間|上午|下午|晚上|凌晨)?(?:公布|公佈|发布|發布)(?:了)?[，,]?/.test(
      c.after,
    ) &&
    STATISTIC_RE.test(c.after.slice(0, 30)) &&
    !c.after.slice(0, 30).includes('《') &&
    // (商務部7日公布最終措施，對進口…課徵關稅: measures, whatever figures they name; and
    // the LPR's own figures, published on its fixing day)
    !MEASURES_RELEASED.test(c.after) &&
    !LPR_FIGURES.test(c.after.slice(0, 30)),
  // 雙雙較上月下調5個基點: the base a change is measured from
  before(/(?:较|較|比|相比|相較|相较)\s*$/),
  // 定于3月10日上市, 本周四申购: a new listing's own days (the exchange is no act's author here)
  // (and where: 在深交所上市, but not 在北京召开上市公司座谈会; and its subscription's close:
  // 中午截飛)
  after(
    /^\s*(?:[（(][^）)]{1,12}[）)])?\s*(?:在[^，,。；召举舉開开]{1,8}?)?(?:正式)?(?:上市|挂牌|掛牌|(?:启动|啟動|开始|開始|进行|進行|开启|開啟)?(?:网上|網上|网下|網下)?(?:申购|申購)|招股|暗盘|暗盤|公布中签|公佈中籤)|^\s*(?:中午|下午|上午)?\s*(?:截飛|截飞)/,
  ),
  // 今年第三次降息, 今年最後一次議息會議: a count of the year's acts, not an act's date
  after(/^(?:的)?(?:第[一二三四五六七八九十\d]+|最后一|最後一)(?:次|度|轮|輪)/),
  // 貸款的到期日由明年6月延至2031年底: a borrower's own maturity moved
  before(
    /(?:贷款|貸款|债券|債券|票据|票據|债务|債務|借款)[^，。；]{0,6}?到期日?[^，。；]{0,12}?(?:延至|延长至|延長至|推迟至|推遲至|展期至)\s*$/,
  ),
  // 公司拟于2029年3月底前完成, 产线二期将于2029年6月底投产: a company's own plan (a rule
  // on companies keeps its words: 上市公司须于…前披露)
  (c) =>
    // (one character's look first: most dates follow no 于, 於 or 在)
    endsWithOneOf(c.before, '于於在') &&
    COMPANY_PLAN_BEFORE_ZH.test(c.before) &&
    !RULE_WORDS_ZH.test(c.before.slice(-16)) &&
    !/^[^，。；]{0,12}?(?:起)?(?:施行|实施|實施|执行|執行|生效)/.test(c.after),
  // 活动期限截至2027年2月28日: a company's promotion
  before(/(?:活动|活動|促销|促銷|优惠|優惠)(?:期|期限|时间|時間)?(?:截至|截止|至|到)\s*$/),
];

/** A date that belongs to something other than a policy act. */
export const NOT_POLICY_ZH: Cue[] = [
  // 商务部数据显示，2047年全国汽车以旧换新补贴申请量超过1200万份: a figure of the period
  (c) =>
    /(?:数据|數據)(?:显示|顯示)[，,]?\s*$/.test(c.before) ||
    /^[^，。；]{0,16}?(?:申请量|申請量|销量|銷量|成交量)/.test(c.after),
  // 該公司上月公布的去年全年收入: a company's own release, and the period of its figures
  (c) =>
    /(?:该公司|該公司|公司|集团|集團)\s*$/.test(c.before) &&
    /^\s*(?:公布|公佈|发布|發布|披露)的/.test(c.after),
  after(
    /^\s*(?:全年|年度|中期|上半年|下半年)?(?:收入|营收|營收|业绩|業績|盈利|纯利|純利|净利|淨利|利润|利潤)/,
  ),
  // 2008年金融海嘯以來首度, 年初以来稳增长政策持续加码: an era or a span's start, no act
  after(
    /^\s*(?:的)?(?:全球)?(?:金融海啸|金融海嘯|金融危机|金融危機|次贷危机|次貸危機|股灾|股災|疫情)/,
  ),
  // (but 自去年年初以来连续加息十次: the start of a run of acts)
  after(
    new RegExp(
      `^\\s*(?:以来|以來)(?!\\s*(?:首次|首度|首个|首個|第一次|[^，,。；]{0,8}?(?:${RATE_ACT_WORDS_ZH}|加征|加徵)))`,
    ),
  ),
  // 财政部周一表示, 央行12月5日发文称: when someone spoke
  after(
    /^\s*(?:(?!公告|通知|通函|文件)[^\s，,。]){0,12}?(?:表示|称|稱|指出|介绍|介紹|透露|说|說|强调|強調|回应|回應|答记者问|坦言|认为|認為)/,
  ),
  // 发布了2019年8月…情况, 公布的5月CPI: the period of a statistic or a report
  (c) =>
    /(?:发布|發布|公布|公佈|披露)(?:了|的)?\s*$/.test(c.before) &&
    new RegExp(
      `^(?:份)?(?:的)?[^，。]{0,14}(?:${STATISTIC}|情况|情況|报告|報告|报表|業績|业绩|财报|財報|榜单)`,
    ).test(c.after),
  // 央行12月金融数据预计于明年1月中旬公布: a statistic's period and its release day
  (c) =>
    /(?:金融数据|金融數據|经济数据|經濟數據|统计数据|統計數據|数据|數據|数字|數字)(?!局)[^，。；]{0,8}$/.test(
      c.before,
    ) && /^[^，。；]{0,8}?(?:公布|公佈|发布|發布|发表|發表)/.test(c.after),
  // 9月至11月的數字將於下週四發表: the figures of a period
  (c) => /^\s*(?:份)?(?:的)?\s*(?:金融数据|金融數據|经济数据|經濟數據|数字|數字)/.test(c.after),
  // 统计处上个月公布，1月份消费物价指数…: when a statistic came out
  // 本周三（2月11日）美国劳工部公布的1月CPI数据: the day a statistic comes out
  after(
    new RegExp(
      `^\\s*(?:[^，。；\\s]{0,10}?)(?:公布|公佈|发布|發布)(?:的)?(?!\\s*《)[，,]?[^。；《]{0,20}(?:${STATISTIC})`,
    ),
  ),
  // 4月至6月經季節性調整的失業率, 第二季本地生產總值: the period a figure is for
  after(
    new RegExp(
      `^\\s*(?:份)?(?:的)?\\s*(?:[^，。；]{0,10}?(?:${SERIES})|CPI|PPI|GDP|PMI|社融|M2|M1|经济数据|财报|業績|业绩|营收|營收|净利润|淨利潤)`,
    ),
  ),
  // 3月前后陆续发布第四季度及全年业绩: companies' reporting season
  // (not a rule on what reports hold: 發布修正「公開發行公司年報應行記載事項準則」)
  (c) =>
    /业绩|業績|财报|財報|年报|年報|季报|季報/.test(c.before + c.after) &&
    !/降准|降息|减息|減息|加息|议息|議息|税|稅|政策|准则|準則|规定|規定|规则|規則|办法|辦法|法规|法規|修正|修订|修訂/.test(
      c.before + c.after,
    ),
  // 有关负责人11月25日在国新办新闻发布会上介绍: what was said at a press conference
  after(
    /^\s*(?:在|於|于)[^，。；]{0,10}?(?:新闻发布会|新聞發布會|记者会|記者會|发布会|發布會|吹风会|吹風會|论坛|論壇|峰会|峰會)/,
  ),
  // 明日上午10时举行新闻发布会: a briefing, where someone speaks
  after(BRIEFING_AFTER),
  // 今日凌晨，美联储副主席在纽约发表讲话称: an official's speech, however its topic reads
  after(/^[^。；;]{0,24}?(?:发表讲话|發表講話|发表演讲|發表演講|发表演说|發表演說|致辞|致辭)/),
  // 今年1—10月，全国累计有…: a cumulative count, a statistic's period
  after(/^\s*[，,]?\s*(?:全国|全國)?[^，。；]{0,6}?(?:累计|累計)/),
  // 公司拟于1月29日召开临时股东大会: a company's own meeting
  after(
    /^\s*(?:召开|召開|举行|舉行)?(?:的)?\s*(?:临时|臨時|年度|周年|週年)?(?:股东大会|股東大會|股东会|股東會|董事会|董事會|监事会|監事會|业绩说明会|業績發布會|业绩发布会)/,
  ),
  // 2008年金融危机, 大选, 低点
  after(
    /^\s*(?:以来)?(?:的)?(?:全球)?(?:金融危机|金融危機|危机|危機|大选|大選|选举|選舉|疫情|战争|戰爭|股灾|股災|低点|低點|高点|高點|新高|新低|水平)/,
  ),
];

/** An act in the date's own clause (a policy body must also be near). */
export const CLAUSE_ACT_ZH: Cue = (c) => ACT.test(c.before) || ACT.test(c.after);

/** Central-bank moves are a policy act whoever the sentence names. */
const STRONG_CLAUSE_ZH: Cue = (c) =>
  /(?:調降|调降|下調|下调|降低|上調|上调)(?:存款)?(?:準備金率|准备金率)|降准|降準|降息|减息|減息|加息|升息|再降一次|再降|LPR|贷款市场报价利率|MLF|中期借贷便利|议息|議息|利率决议|利率決議|国常会|國常會|国务院常务会议/.test(
    c.before + c.after,
  );

export const ZH_CUES: PolicyCues = {
  never: mergePatternCues(NEVER_POLICY_ZH),
  actBefore: mergePatternCues(ACT_BEFORE_ZH),
  // What each of ACT_BEFORE_ZH's marks ends with (到, 至于, 截止日期为, 最迟, 自…起, 明确，).
  actBeforeEnds: '到至止为為期间間是于於迟遲晚在自从從由将將，,：:确確定出求減减還还税稅',
  actAfter: mergePatternCues(ACT_AFTER_ZH),
  not: mergePatternCues(NOT_POLICY_ZH),
  strongClause: STRONG_CLAUSE_ZH,
  clause: CLAUSE_ACT_ZH,
};
