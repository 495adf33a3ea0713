// The words an imaging item name is made of, each with the role it plays. Terms are matched
// longest first (胸椎 before 胸, 双斜位 before 双, 肾上腺 before 肾), on the output of
// normalizeItemName (upper-case ASCII, half-width, no spaces).
import type { Modality } from '../catalog/catalog-schema.ts';

export type Side = 'left' | 'right' | 'bilateral';
export type View = 'frontal' | 'lateral' | 'oblique' | 'bi-oblique' | 'open-mouth' | 'flexion-extension' | 'axial';
export type Posture = 'standing' | 'lying' | 'bedside';
export type AgeGroup = 'infant' | 'child';
export type ImagingFlag =
  | 'hrct'
  | 'low-dose'
  | 'thin-slice'
  | 'post-processing'
  | 'computed-radiography'
  | 'multiphase'
  | 'contrast-agent'
  | 'extra-sequence'
  | 'loose-projection';

export type Term =
  | { role: 'modality'; modality: Modality; strong: boolean; flag?: ImagingFlag }
  | { role: 'body'; part: string; loose?: boolean }
  | { role: 'side'; side: Side | 'single' }
  | { role: 'contrast'; contrast: 'plain' | 'enhanced'; flag?: ImagingFlag }
  | { role: 'projection'; views: View[]; direction?: 'pa' | 'ap'; flag?: ImagingFlag }
  | { role: 'posture'; posture: Posture }
  | { role: 'age'; age: AgeGroup }
  | { role: 'flag'; flag: ImagingFlag }
  | { role: 'exclude'; what: string }
  | { role: 'filler' };

/**
 * Body parts of the lists, with the canonical Chinese used when a name is rendered. `loose` terms
 * are near-synonyms that never give more than `probable` (小腿 for 胫腓骨, 垂体 for 鞍区).
 */
export const BODY_PARTS: ReadonlyArray<{ part: string; zh: string; terms: string[]; loose?: string[]; paired?: boolean }> = [
  { part: 'head', zh: '头部', terms: ['头部', '头颅', '颅脑', '头颅部', '脑部', '头', '颅', '脑', '全脑', '大脑'] },
  { part: 'sella', zh: '鞍区', terms: ['鞍区', '蝶鞍', '蝶鞍区', '鞍上'], loose: ['垂体'] },
  { part: 'nose', zh: '鼻部', terms: ['鼻部', '鼻'], loose: ['鼻腔'] },
  { part: 'maxillofacial', zh: '颌面', terms: ['颌面', '颌面部', '口腔颌面', '口腔颌面部', '颌面骨'], loose: ['面部', '颜面', '颜面部'] },
  { part: 'neck', zh: '颈部', terms: ['颈部', '颈'], loose: ['颈部软组织'] },
  { part: 'chest', zh: '胸部', terms: ['胸部', '胸', '肺部', '肺', '双肺', '两肺', '胸肺', '胸部(肺)', '全胸'], loose: ['胸廓'] },
  { part: 'cervical-spine', zh: '颈椎', terms: ['颈椎', '颈椎体'] },
  { part: 'thoracic-spine', zh: '胸椎', terms: ['胸椎', '胸椎体'] },
  { part: 'lumbar-spine', zh: '腰椎', terms: ['腰椎', '腰椎体'], loose: ['腰椎间盘', '腰间盘'] },
  { part: 'sacrococcyx', zh: '骶尾椎', terms: ['骶尾椎', '骶尾骨', '骶尾部', '骶尾'] },
  { part: 'pelvis', zh: '骨盆', terms: ['骨盆'] },
  { part: 'pelvic-cavity', zh: '盆腔', terms: ['盆腔', '盆部'] },
  { part: 'abdomen', zh: '腹部', terms: ['腹部', '腹'] },
  { part: 'whole-abdomen', zh: '全腹部', terms: ['全腹部', '全腹'] },
  { part: 'upper-abdomen', zh: '上腹部', terms: ['上腹部', '上腹'] },
  { part: 'adrenal', zh: '肾上腺', terms: ['肾上腺', '双肾上腺', '双侧肾上腺'] },
  { part: 'shoulder', zh: '肩关节', terms: ['肩关节', '肩部', '肩'], paired: true },
  { part: 'elbow', zh: '肘关节', terms: ['肘关节', '肘部', '肘'], paired: true },
  { part: 'wrist', zh: '腕关节', terms: ['腕关节', '腕部', '腕', '手腕', '手腕关节'], paired: true },
  { part: 'hand', zh: '手', terms: ['手', '手部'], loose: ['手掌'], paired: true },
  { part: 'hip', zh: '髋关节', terms: ['髋关节', '髋部', '髋'], loose: ['髌关节'], paired: true },
  { part: 'knee', zh: '膝关节', terms: ['膝关节', '膝部', '膝'], paired: true },
  { part: 'ankle', zh: '踝关节', terms: ['踝关节', '踝部', '踝'], paired: true },
  { part: 'foot', zh: '足部', terms: ['足部', '足', '脚', '脚部'], paired: true },
  { part: 'tibia-fibula', zh: '胫腓骨', terms: ['胫腓骨', '胫骨腓骨', '胫腓'], loose: ['小腿'], paired: true },
  { part: 'femur', zh: '股骨', terms: ['股骨', '股骨干'], loose: ['大腿'], paired: true },
];

/**
 * Body parts that are in no list (or are a different region from a listed one). They are
 * recognised only so that, e.g., 鼻窦 is never read as 鼻 and 胸腰椎 never as 胸 + 腰椎.
 */
const OTHER_BODY_PARTS: Record<string, string[]> = {
  'paranasal-sinus': ['鼻窦', '副鼻窦', '鼻旁窦'],
  'nasal-bone': ['鼻骨'],
  nasopharynx: ['鼻咽', '鼻咽部'],
  skull: ['颅骨', '头颅骨'],
  'skull-base': ['颅底'],
  'temporal-bone': ['颞骨', '岩骨', '内耳', '内听道', '中耳', '乳突'],
  orbit: ['眼眶', '眼部', '眼', '眶'],
  'tmj': ['颞下颌关节', '颞颌关节'],
  mandible: ['下颌骨', '下颌', '上颌骨', '颧骨', '牙', '牙齿', '口腔'],
  larynx: ['喉', '喉部', '咽喉', '咽'],
  thyroid: ['甲状腺'],
  'head-neck': ['头颈', '头颈部'],
  'chest-abdomen': ['胸腹', '胸腹部', '胸腹联合'],
  'abdomen-pelvis': ['腹盆', '腹盆腔', '腹部盆腔', '全腹盆腔', '中下腹', '中上腹'],
  'lower-abdomen': ['下腹部', '下腹'],
  heart: ['心脏', '冠脉', '冠状动脉', '主动脉', '大血管', '肺动脉'],
  mediastinum: ['纵隔'],
  rib: ['肋骨', '肋', '胸骨', '锁骨', '肩胛骨', '肩胛'],
  breast: ['乳腺', '乳房'],
  liver: ['肝脏', '肝', '胆', '胆囊', '胰腺', '胰', '脾', '脾脏', '肝胆', '肝胆胰脾'],
  kidney: ['肾脏', '肾', '双肾', '输尿管', '膀胱', '泌尿系', '尿路'],
  prostate: ['前列腺', '子宫', '附件', '卵巢', '直肠', '会阴'],
  'whole-spine': ['全脊柱', '脊柱', '全脊椎'],
  'cervicothoracic-spine': ['颈胸椎', '颈胸段'],
  'thoracolumbar-spine': ['胸腰椎', '胸腰段'],
  'lumbosacral-spine': ['腰骶椎', '腰骶部', '腰骶段', '腰骶'],
  sacrum: ['骶椎', '骶骨', '尾椎', '尾骨', '骶髂关节', '骶髂'],
  pubis: ['耻骨', '耻骨联合', '坐骨', '髂骨'],
  'femoral-head': ['股骨头', '股骨颈', '股骨近端'],
  patella: ['髌骨', '髌股关节'],
  'other-joint': ['肩锁关节', '胸锁关节', '指间关节', '掌指关节', '跖趾关节', '距下关节', '跗骨', '腕骨', '舟骨', '胫骨', '腓骨', '胫骨平台', '距骨'],
  calcaneus: ['跟骨', '足跟', '足趾', '趾骨', '跖骨', '趾'],
  'finger': ['手指', '指骨', '掌骨', '指'],
  humerus: ['肱骨', '上臂', '尺桡骨', '尺骨', '桡骨', '前臂', '肱骨头'],
  'lower-limb': ['双下肢', '下肢', '上肢', '双上肢', '四肢', '全身', '软组织'],
  'lumbar-soft-tissue': ['腰部', '背部', '颈背部'],
};

/** Exams that are not the listed plain / enhanced CT, MR or DR item (reason shown to the doctor). */
const EXCLUDED_EXAMS: Record<string, string[]> = {
  'CT 血管成像（CTA/CTV）': ['CTA', 'CTV', 'CT血管成像', 'CT血管造影', 'CT静脉成像', 'CT动脉成像'],
  'CT 尿路成像（CTU）': ['CTU', 'CT尿路成像'],
  'CT 灌注成像': ['CTP', 'CT灌注', '灌注成像', '灌注'],
  'CT 小肠/结肠成像': ['CTE', 'CTC', 'CT小肠成像', 'CT结肠成像'],
  'CT 仿真内镜': ['仿真内镜', '仿真内窥镜'],
  '磁共振血管成像（MRA/MRV）': ['MRA', 'MRV', 'CE-MRA', '磁共振血管成像', 'MR血管成像'],
  '磁共振胰胆管/尿路水成像（MRCP/MRU）': ['MRCP', 'MRU', '水成像', '胰胆管成像', '尿路成像'],
  '磁共振功能/波谱成像': ['MRS', 'PWI', 'DTI', 'FMRI', 'BOLD', 'ASL', '波谱', '功能成像', '弥散张量', '电影成像'],
  '影像会诊/阅片/复印': ['会诊', '阅片', '读片', '复印', '刻录', '拷贝', '光盘'],
  '胶片/打印等费用项目': ['胶片', '激光胶片', '医用胶片', '数字胶片', '打印', '冲洗'],
  '“对侧/健侧”（侧别需人工确认）': ['对侧', '健侧', '对比侧'],
  '血管造影 / 造影检查': ['DSA', '造影', '血管造影', '数字减影'],
  '冠脉检查 / 钙化积分': ['冠脉CT', '冠脉', '钙化积分'],
  'CT 引导下操作': ['引导', '穿刺', '定位', '活检'],
  '核医学检查（PET/SPECT/ECT）': ['PET', 'PET-CT', 'PET/CT', 'PETCT', 'PET-MR', 'SPECT', 'SPECT/CT', 'ECT', '核素', '骨扫描', '显像'],
  '超声检查': ['超声', 'B超', '彩超', 'B型超声', '多普勒', '彩色多普勒', '心超', 'US'],
  '心电/电生理检查': ['心电图', '动态心电图', '脑电图', '肌电图', 'ECG', 'EEG'],
  '内镜检查': ['内镜', '胃镜', '肠镜', '结肠镜', '支气管镜', '喉镜', '鼻内镜', '膀胱镜', '宫腔镜'],
  '乳腺钼靶 / 乳腺摄影': ['钼靶', '乳腺摄影', '乳腺X线'],
  '骨密度 / 骨龄': ['骨密度', '骨龄', 'DEXA', '双能X线', '骨质疏松'],
  'X 线透视': ['透视', '胃肠造影', '钡餐', '钡灌肠'],
  '口腔全景 / 锥形束 CT': ['全景', '曲面断层', '口腔全景', 'CBCT', '锥形束', '牙片', '根尖片', '头颅侧位定位片'],
  '能谱 / 双能 CT': ['能谱', '双能CT', '双源'],
  '床旁移动摄影（非清单项目）': [],
};

function add(map: Map<string, Term>, text: string, term: Term): void {
  if (!map.has(text)) map.set(text, term);
}

function buildLexicon(): Map<string, Term> {
  const map = new Map<string, Term>();
  for (const [what, words] of Object.entries(EXCLUDED_EXAMS)) for (const w of words) add(map, w, { role: 'exclude', what });
  for (const bp of BODY_PARTS) {
    for (const t of bp.terms) add(map, t, { role: 'body', part: bp.part });
    for (const t of bp.loose ?? []) add(map, t, { role: 'body', part: bp.part, loose: true });
  }
  for (const [part, words] of Object.entries(OTHER_BODY_PARTS)) for (const w of words) add(map, w, { role: 'body', part });

  const modality = (m: Modality, strong: boolean, words: string[], flag?: ImagingFlag): void => {
    for (const w of words) add(map, w, flag ? { role: 'modality', modality: m, strong, flag } : { role: 'modality', modality: m, strong });
  };
  modality('CT', true, ['CT', '计算机体层', '计算机断层', '计算机体层摄影', '计算机断层摄影', '计算机断层扫描', '计算机体层扫描', 'X线计算机体层', 'X线计算机断层', 'X线计算机体层摄影', 'X线计算机断层摄影', '螺旋CT', '多层螺旋CT', '多排CT', 'MSCT', 'MDCT', '电子计算机断层', '电子计算机断层扫描']);
  modality('CT', true, ['HRCT', '高分辨率CT', '高分辨CT'], 'hrct');
  modality('CT', true, ['LDCT', '低剂量CT', '低剂量螺旋CT'], 'low-dose');
  modality('MR', true, ['MR', 'MRI', '磁共振', '核磁', '核磁共振', '磁共振成像', '核磁共振成像', 'NMR', 'NMRI', '磁共振扫描']);
  modality('DR', true, ['DR', 'DX', 'X线', 'X光', 'X射线', 'X-RAY', 'XRAY', 'X片', 'X线片', 'X线摄影', 'X线摄片', '数字化摄影', '数字化X线摄影', '数字X线摄影', '数字化X线', '摄片', '平片', '拍片', 'X线平片', '数字化摄片']);
  modality('DR', true, ['CR', '计算机X线摄影', '计算机放射成像'], 'computed-radiography');
  modality('DR', false, ['片', '摄影', '照片', '光片']);

  const side = (s: Side | 'single', words: string[]): void => {
    for (const w of words) add(map, w, { role: 'side', side: s });
  };
  side('left', ['左侧', '左']);
  side('right', ['右侧', '右']);
  side('bilateral', ['双侧', '两侧', '双', '左右', '左右侧', '左+右', '左、右', '左和右', '左及右']);
  side('single', ['单侧', '患侧', '一侧']);

  const contrast = (c: 'plain' | 'enhanced', words: string[], flag?: ImagingFlag): void => {
    for (const w of words) add(map, w, flag ? { role: 'contrast', contrast: c, flag } : { role: 'contrast', contrast: c });
  };
  contrast('plain', ['平扫', '普通扫描', '常规扫描', '非增强', '不增强', '无增强', '未增强', '免增强', '不含增强', '不做增强', '普扫', '普通平扫', '常规平扫', '平扫成像', '平扫检查']);
  contrast('enhanced', ['增强', '增强扫描', '强化', '增强成像', '平扫加增强', '平扫+增强', '平扫及增强', '平扫和增强', '平扫与增强', '平扫增强', '平增强', '平+增强', '平扫+增强扫描', '平扫加增强扫描', '普通扫描加增强扫描', '普通扫描加增强', '普通扫描+增强扫描', '平扫及增强扫描']);
  contrast('enhanced', ['动态增强', '多期增强', '三期增强', '双期增强', '四期增强', '多期', '三期', '双期', '动态'], 'multiphase');

  const projection = (views: View[], words: string[], direction?: 'pa' | 'ap', flag?: ImagingFlag): void => {
    for (const w of words) {
      const term: Term = { role: 'projection', views };
      if (direction) term.direction = direction;
      if (flag) term.flag = flag;
      add(map, w, term);
    }
  };
  projection(['frontal', 'lateral'], ['正侧位', '正侧', '正侧位片', '正+侧位', '正位+侧位', '正位及侧位', '正位、侧位', '正、侧位', '正位和侧位']);
  projection(['frontal', 'oblique'], ['正斜位', '正斜', '正位+斜位', '正位及斜位', '正、斜位']);
  projection(['bi-oblique'], ['双斜位', '左右斜位', '双侧斜位', '双斜']);
  projection(['open-mouth'], ['张口位', '开口位', '张口']);
  projection(['flexion-extension'], ['过伸过屈位', '过屈过伸位', '过伸过屈', '过屈过伸', '过伸位+过屈位', '过伸+过屈位', '伸屈位', '屈伸位']);
  projection(['flexion-extension'], ['动力位', '功能位', '动态位'], undefined, 'loose-projection');
  projection(['frontal'], ['后前位'], 'pa');
  projection(['frontal'], ['前后位', '前后正位'], 'ap');
  projection(['frontal'], ['正位', '正位片']);
  projection(['lateral'], ['侧位', '侧位片', '水平侧位']);
  projection(['oblique'], ['斜位']);
  projection(['axial'], ['轴位', '切线位', '蛙式位', '蛙位']);

  for (const w of ['站立', '立位', '直立', '站立位', '直立位', '立']) add(map, w, { role: 'posture', posture: 'standing' });
  for (const w of ['卧位', '仰卧位', '仰卧', '平卧', '平卧位', '侧卧', '侧卧位', '卧']) add(map, w, { role: 'posture', posture: 'lying' });
  for (const w of ['床旁', '床边', '移动', '床头']) add(map, w, { role: 'posture', posture: 'bedside' });

  for (const w of ['婴幼儿', '婴儿', '幼儿', '新生儿', '(婴幼儿)']) add(map, w, { role: 'age', age: 'infant' });
  for (const w of ['儿童', '小儿', '儿科', '患儿', '小孩']) add(map, w, { role: 'age', age: 'child' });

  const flag = (f: ImagingFlag, words: string[]): void => {
    for (const w of words) add(map, w, { role: 'flag', flag: f });
  };
  flag('hrct', ['高分辨率', '高分辨', '高清', '高分辨率扫描']);
  flag('low-dose', ['低剂量', '低辐射', '低剂量扫描', '肺癌筛查', '筛查']);
  flag('thin-slice', ['薄层', '薄层扫描', '靶扫描', '靶重建', '薄层重建']);
  flag('post-processing', ['三维重建', '3D重建', '三维成像', '三维', '3D', '重建', '图像后处理', '后处理', '多平面重建', '多平面重组', 'MPR', 'VR', 'MIP', 'CPR', 'SSD', '容积再现', '容积重建', '曲面重建', '最大密度投影', '二维重建', '冠矢状位重建']);
  flag('extra-sequence', ['DWI', 'SWI', 'ADC', '弥散', '弥散加权', '弥散加权成像', '磁敏感', '磁敏感加权', 'FLAIR', '脂肪抑制', '压脂']);
  flag('contrast-agent', ['对比剂', '造影剂', '碘对比剂', '钆对比剂', '高压注射', '高压注射器']);

  for (const w of [
    '检查', '扫描', '成像', '部位', '部', '位', '及', '加', '和', '与', '的', '项目', '一个部位', '单部位', '常规', '普通', '数字化', '数字',
    '(', ')', '[', ']', '-', '_', '/', ':', '.', ',', '、', '+', '矢状位', '冠状位', '横断位', '轴位扫描', '序列', '常规序列', '1.5T', '3.0T', '3T',
    '含', '包括', '包含', '复查', '随访', '术前', '术后', '治疗后', '螺旋', '多层', '64排', '128排', '256排', '320排', '16排', '64层', '128层', '关节', '骨', '检', '查', '影像', '照相', '放射', '体层', '肺窗', '骨窗', '纵隔窗',
  ]) add(map, w, { role: 'filler' });
  return map;
}

export const LEXICON: ReadonlyMap<string, Term> = buildLexicon();
export const MAX_TERM_LENGTH = Math.max(...[...LEXICON.keys()].map((k) => k.length));

export function bodyPartZh(part: string): string | undefined {
  return BODY_PARTS.find((b) => b.part === part)?.zh;
}
export function isListedBodyPart(part: string): boolean {
  return BODY_PARTS.some((b) => b.part === part);
}
