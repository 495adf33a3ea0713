// Imaging names that must match, with the confidence they must get.
import { describe, expect, it } from 'vitest';
import { builtinCatalogSet } from '../../catalogs/index.ts';
import { matchOrderName } from '../../lib/matching/match-order-name.ts';
import { summarizeMatch } from '../../lib/matching/summarize-match.ts';

const C = (concept: string): string => `${concept} certain`;
const P = (concept: string): string => `${concept} probable`;

const CHEST_PA = 'img:DR:chest:none:none:pa';
const CHEST_PA_LAT = 'img:DR:chest:none:none:pa-lateral';
const CHEST_INFANT = 'img:DR:chest:none:none:infant-frontal';
const CT_HEAD = 'img:CT:head:none:plain:none';
const CT_HEAD_E = 'img:CT:head:none:enhanced:none';
const CT_CHEST = 'img:CT:chest:none:plain:none';
const CT_CHEST_E = 'img:CT:chest:none:enhanced:none';
const MR_HEAD = 'img:MR:head:none:plain:none';
const MR_HEAD_E = 'img:MR:head:none:enhanced:none';
const MR_KNEE_L = 'img:MR:knee:left:plain:none';
const MR_KNEE_R = 'img:MR:knee:right:plain:none';
const MR_KNEE_L_E = 'img:MR:knee:left:enhanced:none';
const DR_KNEE_L = 'img:DR:knee:left:none:frontal-lateral';
const DR_KNEE_R = 'img:DR:knee:right:none:frontal-lateral';

describe('imaging names that match (builtin catalogs)', () => {
  it.each([
    // DR chest
    ['胸部正位', C(CHEST_PA)],
    ['胸部正位片', C(CHEST_PA)],
    ['DR胸部正位', C(CHEST_PA)],
    ['X线胸部正位', C(CHEST_PA)],
    ['胸部后前位', C(CHEST_PA)],
    ['胸部站立后前位摄影', C(CHEST_PA)],
    ['胸部正位(DR)', C(CHEST_PA)],
    ['数字化摄影胸部正位', C(CHEST_PA)],
    ['胸部DR正位片', C(CHEST_PA)],
    ['立位胸部正位', C(CHEST_PA)],
    ['胸部ＤＲ正位', C(CHEST_PA)],
    ['[250201001]胸部正位片(自费)', C(CHEST_PA)],
    ['胸部正侧位', C(CHEST_PA_LAT)],
    ['胸部正侧位片', C(CHEST_PA_LAT)],
    ['胸部正位+侧位', C(CHEST_PA_LAT)],
    ['胸部站立后前位及侧位摄影', C(CHEST_PA_LAT)],
    ['DR胸部正侧位片', C(CHEST_PA_LAT)],
    ['胸部（婴幼儿）正位', C(CHEST_INFANT)],
    ['婴幼儿胸部正位', C(CHEST_INFANT)],
    ['婴儿胸部正位片', C(CHEST_INFANT)],
    ['胸部CR正位', P(CHEST_PA)],
    ['婴幼儿胸片', P(CHEST_INFANT)],
    // DR limbs and joints
    ['左侧肩关节正位', C('img:DR:shoulder:left:none:ap')],
    ['左肩正位片', C('img:DR:shoulder:left:none:ap')],
    ['右肩关节正位(DR)', C('img:DR:shoulder:right:none:ap')],
    ['右肩关节前后位', C('img:DR:shoulder:right:none:ap')],
    ['左肘关节正侧位', C('img:DR:elbow:left:none:frontal-lateral')],
    ['右侧肘关节正侧位片', C('img:DR:elbow:right:none:frontal-lateral')],
    ['左腕关节正侧位', C('img:DR:wrist:left:none:frontal-lateral')],
    ['DR右腕正侧位', C('img:DR:wrist:right:none:frontal-lateral')],
    ['左手正斜位', C('img:DR:hand:left:none:frontal-oblique')],
    ['右手正斜位片', C('img:DR:hand:right:none:frontal-oblique')],
    ['髋关节正位', C('img:DR:hip:bilateral:none:frontal')],
    ['双髋关节正位片', C('img:DR:hip:bilateral:none:frontal')],
    ['双侧髋关节正位摄影', C('img:DR:hip:bilateral:none:frontal')],
    ['左侧膝关节正侧位', C(DR_KNEE_L)],
    ['左膝关节正侧位片', C(DR_KNEE_L)],
    ['X线左膝正侧位', C(DR_KNEE_L)],
    ['左膝正侧位', C(DR_KNEE_L)],
    ['膝关节正侧位(左)', C(DR_KNEE_L)],
    ['膝关节正侧位（左侧）', C(DR_KNEE_L)],
    ['DR膝关节正侧位-左', C(DR_KNEE_L)],
    ['右膝关节正侧位', C(DR_KNEE_R)],
    ['右侧膝关节DR正侧位片', C(DR_KNEE_R)],
    ['左侧膝关节DR', P(DR_KNEE_L)],
    ['右膝关节X线片', P(DR_KNEE_R)],
    ['左踝关节正侧位', C('img:DR:ankle:left:none:frontal-lateral')],
    ['右踝正侧位片', C('img:DR:ankle:right:none:frontal-lateral')],
    ['左足正斜位', C('img:DR:foot:left:none:frontal-oblique')],
    ['右足正斜位片', C('img:DR:foot:right:none:frontal-oblique')],
    ['右胫腓骨正侧位', C('img:DR:tibia-fibula:right:none:frontal-lateral')],
    ['左侧胫腓骨正侧位片', C('img:DR:tibia-fibula:left:none:frontal-lateral')],
    ['左小腿正侧位', P('img:DR:tibia-fibula:left:none:frontal-lateral')],
    ['右股骨正侧位', C('img:DR:femur:right:none:frontal-lateral')],
    ['左侧股骨正侧位片', C('img:DR:femur:left:none:frontal-lateral')],
    ['右大腿正侧位', P('img:DR:femur:right:none:frontal-lateral')],
    // DR spine, pelvis, abdomen
    ['颈椎正侧位', C('img:DR:cervical-spine:none:none:frontal-lateral')],
    ['颈椎正侧位片', C('img:DR:cervical-spine:none:none:frontal-lateral')],
    ['DR颈椎正侧位', C('img:DR:cervical-spine:none:none:frontal-lateral')],
    ['颈椎正位+侧位', C('img:DR:cervical-spine:none:none:frontal-lateral')],
    ['颈椎双斜位', C('img:DR:cervical-spine:none:none:bilateral-oblique')],
    ['颈椎张口位', C('img:DR:cervical-spine:none:none:open-mouth')],
    ['颈椎开口位片', C('img:DR:cervical-spine:none:none:open-mouth')],
    ['胸椎正侧位', C('img:DR:thoracic-spine:none:none:frontal-lateral')],
    ['腰椎正侧位', C('img:DR:lumbar-spine:none:none:frontal-lateral')],
    ['腰椎正侧位片(DR)', C('img:DR:lumbar-spine:none:none:frontal-lateral')],
    ['腰椎过伸过屈位', C('img:DR:lumbar-spine:none:none:flexion-extension')],
    ['腰椎过屈过伸位片', C('img:DR:lumbar-spine:none:none:flexion-extension')],
    ['腰椎动力位', P('img:DR:lumbar-spine:none:none:flexion-extension')],
    ['腰椎双斜位', C('img:DR:lumbar-spine:none:none:bilateral-oblique')],
    ['骶尾椎正侧位', C('img:DR:sacrococcyx:none:none:frontal-lateral')],
    ['骶尾骨正侧位片', C('img:DR:sacrococcyx:none:none:frontal-lateral')],
    ['骨盆正位', C('img:DR:pelvis:none:none:frontal')],
    ['骨盆正位片', C('img:DR:pelvis:none:none:frontal')],
    ['立位腹部平片', C('img:DR:abdomen:none:none:erect-ap')],
    ['腹部立位平片', C('img:DR:abdomen:none:none:erect-ap')],
    ['全腹部立位片', C('img:DR:abdomen:none:none:erect-ap')],
    ['腹部立位X线片', C('img:DR:abdomen:none:none:erect-ap')],
    ['卧位腹部平片', C('img:DR:abdomen:none:none:recumbent')],
    ['腹部仰卧位平片', C('img:DR:abdomen:none:none:recumbent')],
    // CT
    ['头部CT平扫', C(CT_HEAD)],
    ['头颅CT平扫', C(CT_HEAD)],
    ['颅脑CT平扫', C(CT_HEAD)],
    ['头部 CT 平扫', C(CT_HEAD)],
    ['头部计算机体层(CT)平扫', C(CT_HEAD)],
    ['头部计算机体层（ＣＴ）平扫', C(CT_HEAD)],
    ['头部计算机断层扫描平扫', C(CT_HEAD)],
    ['头颅CT普通扫描', C(CT_HEAD)],
    ['CT头颅平扫', C(CT_HEAD)],
    ['颅脑螺旋CT平扫', C(CT_HEAD)],
    ['[250301001]头颅CT平扫(急)', C(CT_HEAD)],
    ['头颅CT', P(CT_HEAD)],
    ['颅脑CT检查', P(CT_HEAD)],
    ['头部CT增强', C(CT_HEAD_E)],
    ['头颅CT平扫+增强', C(CT_HEAD_E)],
    ['颅脑CT平扫加增强', C(CT_HEAD_E)],
    ['头部计算机体层(CT)增强扫描', C(CT_HEAD_E)],
    ['头颅增强CT', C(CT_HEAD_E)],
    ['鼻部CT平扫', C('img:CT:nose:none:plain:none')],
    ['鼻部计算机体层(CT)平扫', C('img:CT:nose:none:plain:none')],
    ['鼻部CT增强', C('img:CT:nose:none:enhanced:none')],
    ['胸部CT平扫', C(CT_CHEST)],
    ['胸部ＣＴ平扫', C(CT_HEAD.replace('head', 'chest'))],
    ['胸部计算机体层(CT)平扫', C(CT_CHEST)],
    ['肺部CT平扫', C(CT_CHEST)],
    ['双肺CT平扫', C(CT_CHEST)],
    ['胸部CT', P(CT_CHEST)],
    ['胸部CT(自费)', P(CT_CHEST)],
    ['胸部CT平扫(含三维重建)', P(CT_CHEST)],
    ['胸部CT平扫(肺结节)', P(CT_CHEST)],
    ['胸部CT平扫复查', C(CT_CHEST)],
    ['头颅CT平扫(排除出血)', P(CT_HEAD)],
    ['头颅CT平扫 64排', C(CT_HEAD)],
    ['腰椎MR平扫1.5T', C('img:MR:lumbar-spine:none:plain:none')],
    ['左膝关节术后MR平扫', C(MR_KNEE_L)],
    ['髌关节正位', C('img:DR:hip:bilateral:none:frontal')],
    ['胸部HRCT', P(CT_CHEST)],
    ['HRCT', P(CT_CHEST)],
    ['高分辨率胸部CT', P(CT_CHEST)],
    ['胸部低剂量CT平扫', P(CT_CHEST)],
    ['低剂量螺旋CT肺癌筛查', P(CT_CHEST)],
    ['胸部CT增强', C(CT_CHEST_E)],
    ['胸部CT平扫+增强', C(CT_CHEST_E)],
    ['胸部增强CT', C(CT_CHEST_E)],
    ['胸部CT平扫及增强扫描', C(CT_CHEST_E)],
    ['颈椎CT平扫', C('img:CT:cervical-spine:none:plain:none')],
    ['胸椎CT平扫', C('img:CT:thoracic-spine:none:plain:none')],
    ['腰椎CT平扫', C('img:CT:lumbar-spine:none:plain:none')],
    ['腰椎间盘CT平扫', P('img:CT:lumbar-spine:none:plain:none')],
    ['髋关节CT平扫', C('img:CT:hip:bilateral:plain:none')],
    ['双髋CT平扫', C('img:CT:hip:bilateral:plain:none')],
    ['左足CT平扫', C('img:CT:foot:left:plain:none')],
    ['右侧足部CT平扫', C('img:CT:foot:right:plain:none')],
    ['左踝关节CT平扫', C('img:CT:ankle:left:plain:none')],
    ['右踝CT平扫', C('img:CT:ankle:right:plain:none')],
    ['上腹部CT增强', C('img:CT:upper-abdomen:none:enhanced:none')],
    ['上腹部CT平扫+增强', C('img:CT:upper-abdomen:none:enhanced:none')],
    ['上腹CT增强扫描', C('img:CT:upper-abdomen:none:enhanced:none')],
    ['盆腔CT增强', C('img:CT:pelvic-cavity:none:enhanced:none')],
    ['盆腔CT平扫+增强', C('img:CT:pelvic-cavity:none:enhanced:none')],
    ['全腹部CT增强', C('img:CT:whole-abdomen:none:enhanced:none')],
    ['全腹CT平扫+增强', C('img:CT:whole-abdomen:none:enhanced:none')],
    ['肾上腺CT增强', C('img:CT:adrenal:none:enhanced:none')],
    ['肾上腺CT平扫加增强扫描', C('img:CT:adrenal:none:enhanced:none')],
    ['左肩关节CT平扫', C('img:CT:shoulder:left:plain:none')],
    ['右肩CT平扫', C('img:CT:shoulder:right:plain:none')],
    ['颈部CT平扫', C('img:CT:neck:none:plain:none')],
    ['颈部CT增强', C('img:CT:neck:none:enhanced:none')],
    ['颌面CT平扫', C('img:CT:maxillofacial:none:plain:none')],
    ['颌面部CT增强', C('img:CT:maxillofacial:none:enhanced:none')],
    // MR
    ['颅脑MR平扫', C(MR_HEAD)],
    ['头颅MRI平扫', C(MR_HEAD)],
    ['头部磁共振平扫', C(MR_HEAD)],
    ['颅脑磁共振平扫成像', C(MR_HEAD)],
    ['头颅核磁共振平扫', C(MR_HEAD)],
    ['头颅核磁平扫', C(MR_HEAD)],
    ['颅脑MRI', P(MR_HEAD)],
    ['头部MR增强', C(MR_HEAD_E)],
    ['头颅MR平扫+增强', C(MR_HEAD_E)],
    ['颅脑磁共振增强扫描', C(MR_HEAD_E)],
    ['鞍区MR平扫', C('img:MR:sellar:none:plain:none')],
    ['鞍区磁共振平扫成像', C('img:MR:sellar:none:plain:none')],
    ['垂体MR平扫', P('img:MR:sellar:none:plain:none')],
    ['颈椎MR平扫', C('img:MR:cervical-spine:none:plain:none')],
    ['颈椎MRI平扫', C('img:MR:cervical-spine:none:plain:none')],
    ['胸椎磁共振平扫', C('img:MR:thoracic-spine:none:plain:none')],
    ['腰椎MR平扫', C('img:MR:lumbar-spine:none:plain:none')],
    ['核磁共振腰椎', P('img:MR:lumbar-spine:none:plain:none')],
    ['腰椎MR增强扫描', C('img:MR:lumbar-spine:none:enhanced:none')],
    ['颈椎MR增强', C('img:MR:cervical-spine:none:enhanced:none')],
    ['双侧髋关节MR平扫', C('img:MR:hip:bilateral:plain:none')],
    ['双髋关节磁共振平扫成像', C('img:MR:hip:bilateral:plain:none')],
    ['髋关节MR平扫', C('img:MR:hip:bilateral:plain:none')],
    ['双髋MR增强', C('img:MR:hip:bilateral:enhanced:none')],
    ['左侧膝关节MR平扫', C(MR_KNEE_L)],
    ['左膝关节MRI平扫', C(MR_KNEE_L)],
    ['左膝MR平扫', C(MR_KNEE_L)],
    ['膝关节MR平扫(左)', C(MR_KNEE_L)],
    ['膝关节磁共振平扫（左侧）', C(MR_KNEE_L)],
    ['MR左膝关节平扫', C(MR_KNEE_L)],
    ['左膝关节核磁共振平扫', C(MR_KNEE_L)],
    ['左侧膝关节磁共振平扫成像', C(MR_KNEE_L)],
    ['左膝关节MRI', P(MR_KNEE_L)],
    ['右侧膝关节MR平扫', C(MR_KNEE_R)],
    ['右膝MRI平扫', C(MR_KNEE_R)],
    ['左侧膝关节MR增强', C(MR_KNEE_L_E)],
    ['左膝MR平扫+增强', C(MR_KNEE_L_E)],
    ['右膝关节MR增强', C('img:MR:knee:right:enhanced:none')],
    ['左踝关节MR平扫', C('img:MR:ankle:left:plain:none')],
    ['右踝MR增强', C('img:MR:ankle:right:enhanced:none')],
    ['左肩关节MR平扫', C('img:MR:shoulder:left:plain:none')],
    ['右侧肩关节MR增强', C('img:MR:shoulder:right:enhanced:none')],
    ['右肩MRI', P('img:MR:shoulder:right:plain:none')],
  ])('%s → %s', (name, expected) => {
    expect(summarizeMatch(matchOrderName(name, builtinCatalogSet))).toBe(expected);
  });

  it('gives every probable imaging match a zh-CN note', () => {
    const m = matchOrderName('胸部HRCT', builtinCatalogSet);
    expect(m.kind).toBe('item');
    if (m.kind === 'item') expect(m.items[0].note).toMatch(/HRCT/u);
  });
});

describe('multi-part imaging orders', () => {
  it.each([
    ['胸部CT平扫+三维重建', `${P(CT_CHEST)} + none`],
    ['胸部CT平扫+图像后处理', `${P(CT_CHEST)} + none`],
    ['头颅CT平扫+胸部CT平扫', `${C(CT_HEAD)} + ${C(CT_CHEST)}`],
    ['头颅CT平扫、胸部CT平扫', `${C(CT_HEAD)} + ${C(CT_CHEST)}`],
    ['胸部正侧位+腰椎正侧位', `${C(CHEST_PA_LAT)} + ${C('img:DR:lumbar-spine:none:none:frontal-lateral')}`],
    ['颈椎+腰椎MR平扫', `${P('img:MR:cervical-spine:none:plain:none')} + ${C('img:MR:lumbar-spine:none:plain:none')}`],
    ['左膝+右膝关节MR平扫', `${P(MR_KNEE_L)} + ${C(MR_KNEE_R)}`],
    ['头颅CT平扫+CTA', `${C(CT_HEAD)} + none`],
    ['胸部CT平扫+心电图', `${C(CT_CHEST)} + none`],
    ['腰椎MR平扫+三维重建', `${P('img:MR:lumbar-spine:none:plain:none')} + none`],
    ['胸部DR正位+胸部CT平扫', `${C(CHEST_PA)} + ${C(CT_CHEST)}`],
  ])('%s → %s', (name, expected) => {
    const m = matchOrderName(name, builtinCatalogSet);
    expect(m.kind).toBe('multi');
    expect(summarizeMatch(m)).toBe(expected);
  });

  it('keeps the part names and gives the add-on a reason', () => {
    const m = matchOrderName('胸部CT平扫+三维重建', builtinCatalogSet);
    if (m.kind !== 'multi') throw new Error('expected multi');
    expect(m.parts.map((p) => p.normalized)).toEqual(['胸部CT平扫', '三维重建']);
    const addOn = m.parts[1];
    expect(addOn?.kind === 'none' && addOn.reason).toMatch(/后处理/u);
  });
});
