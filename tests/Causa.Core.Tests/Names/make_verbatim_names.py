#!/usr/bin/env python3
"""Builds verbatim_names.tsv: verbatim FAERS/AERS drug names from the shared public samples, each with an ingredient label
made independently of Causa's resolver:
  1. prod_ai, FDA's own coding of the row (FAERS 2014+ layouts);
  2. for rows without prod_ai (legacy AERS 2004Q1, FAERS 2012Q4), Drugs@FDA Products.txt (2019 zip): the ActiveIngredient
     of the row's nda_num when that application has one ingredient set, else of the product whose DrugName equals the
     verbatim name exactly;
  3. otherwise by hand (table HAND below; names whose content could not be told with confidence are left out).
Split: held-out when crc32(upper(name)) % 3 == 0, so a name is in one split only.
Usage: python3 make_verbatim_names.py [shared-data-dir]  (default ../shared/data from the repository root)."""
import collections, csv, io, sys, zipfile, zlib

D = (sys.argv[1] if len(sys.argv) > 1 else '../shared/data').rstrip('/') + '/'

def lines_of(path, member=None):
    if member is None:
        return open(path, encoding='latin-1', errors='replace', newline='').read().replace('\r\n', '\n').split('\n')
    with zipfile.ZipFile(path) as z:
        name = next(n for n in z.namelist() if n.upper().endswith(member.upper()))
        return z.read(name).decode('latin-1').replace('\r\n', '\n').split('\n')

def rows(lines):
    hdr = [h.strip().lstrip('\ufeff').lstrip('\u00ef\u00bb\u00bf').lower() for h in lines[0].split('$')]
    for l in lines[1:]:
        if l:
            f = l.split('$')
            yield {h: (f[i].strip() if i < len(f) else '') for i, h in enumerate(hdr)}

products = list(csv.DictReader(io.StringIO('\n'.join(lines_of(D + 'drugnames/drugsatfda_20190702.zip', 'Products.txt'))), delimiter='\t'))
appl, byname = collections.defaultdict(set), collections.defaultdict(set)
for r in products:
    appl[int(r['ApplNo'])].add(r['ActiveIngredient'].strip().upper())
    byname[r['DrugName'].strip().upper()].add(r['ActiveIngredient'].strip().upper())

files = [('faers', 2020, D + 'faers/ubesp_2020q3_first10k/DRUG20Q3-10000.txt', None),
         ('faers', 2025, D + 'faers/nico8270_2025q4_sample1000/DRUG25Q4.txt', None),
         ('faers', 2012, D + 'faers/ubesp_2012q4_tiny/drug12q4.txt', None),
         ('faers', 2022, D + 'faers/faers_ascii_2022Q4_sample.zip', 'DRUG22Q4.txt'),
         ('faers', 2017, D + 'faers/faers_ascii_2017q2_sample.zip', 'DRUG17Q2.txt'),
         ('aers', 2004, D + 'faers/aers_ascii_2004q1_sample.zip', 'DRUG04Q1.TXT')]
H = {
"PREDNISOLONE EYE DROPS":"PREDNISOLONE","Buccastem":"PROCHLORPERAZINE","PROCHLORPER":"PROCHLORPERAZINE","ALCOHOL":"ALCOHOL",
"CITALOPRAM":"CITALOPRAM","EPIRUBICIN":"EPIRUBICIN","DI-ANTALVIC(PARACETAMOL, DEXTROPROPOXYPHENE HYDROCHLORIDE) CAPSULE, 6U":"ACETAMINOPHEN;PROPOXYPHENE",
"MOPRAL(OMEPRAZOLE) CAPSULE, 20MG":"OMEPRAZOLE","ZOCOR(SIMVASTATIN) TABLET, IU":"SIMVASTATIN","MECLIZINE":"MECLIZINE","DICYCLOMINE":"DICYCLOMINE",
"ASPIRIN":"ASPIRIN","MAG-OX":"MAGNESIUM OXIDE","BROACT":"CEFPIROME","METALYSE (TENECTEPLASE)":"TENECTEPLASE","CLOPIDOGREL":"CLOPIDOGREL",
"METHOTREXATE":"METHOTREXATE","KALETRA CONTINUING (LOPINAVIR/RITONAVIR)":"LOPINAVIR;RITONAVIR",
"BACTRIM CONTINUING (SULFAMETOXAZOLE/TRIMETHOPRIM)":"SULFAMETHOXAZOLE;TRIMETHOPRIM","ZERIT CONTINUING (STAVUDINE)":"STAVUDINE",
"ACETYLSALICYLIC ACID SRT":"ASPIRIN","METOPROLOL":"METOPROLOL","ATORVASTATIN":"ATORVASTATIN","GLYCERYL TRINITRATE":"NITROGLYCERIN",
"L-DOPA":"LEVODOPA","LERCANIDIPINE":"LERCANIDIPINE","BENSERAZIDE":"BENSERAZIDE","DILTIAZEM":"DILTIAZEM","VERAPAMIL":"VERAPAMIL",
"TYLENOL (CAPLET)":"ACETAMINOPHEN","OSCAL 500-D":"CALCIUM CARBONATE;CHOLECALCIFEROL","GARLIC":"GARLIC",
"SLO-MAG (MAGNESIUM CHLORIDE ANHYDROUS)":"MAGNESIUM CHLORIDE","OXYGEN":"OXYGEN","PROCYCLIDINE HYDROCHLORIDE 2MG TAB":"PROCYCLIDINE",
"ZOPICLONE (ZOPICLONE)":"ZOPICLONE","OXYCODONE HCL":"OXYCODONE","THALIDOMIDE":"THALIDOMIDE","ACYCLOVIR":"ACYCLOVIR","CIPRO":"CIPROFLOXACIN",
"VANCOMYCIN":"VANCOMYCIN","VIT B12":"CYANOCOBALAMIN","KCL TAB":"POTASSIUM CHLORIDE","METADATE (METHYLPHENIDATE)":"METHYLPHENIDATE",
"BUPROPION HCL":"BUPROPION","CAFFEINE (CAFFEINE)":"CAFFEINE","LAMISIL":"TERBINAFINE","PROVAMES":"ESTRADIOL","TOPREC":"KETOPROFEN",
"SEGLOR":"DIHYDROERGOTAMINE","FORTUM":"CEFTAZIDIME","AUGMENTIN":"AMOXICILLIN;CLAVULANATE","CIFLOX":"CIPROFLOXACIN","EUPRESSYL":"URAPIDIL",
"PERFALGAN":"ACETAMINOPHEN","ERYTHROMYCIN":"ERYTHROMYCIN","BURINEX":"BUMETANIDE","OXACILLIN":"OXACILLIN","SUFENTA":"SUFENTANIL",
"MIDAZOLAM HCL":"MIDAZOLAM","SALBUTAMOL":"ALBUTEROL","HELIOX":"HELIUM;OXYGEN","HYOSCINE":"SCOPOLAMINE","PAROXETINE HCL":"PAROXETINE",
"PANTOPRAZOLE":"PANTOPRAZOLE","PROMETHAZINE HYDROCHLORIDE TAB":"PROMETHAZINE","THIAMINE ^SAD^ (THIAMINE)":"THIAMINE",
"HUMALOG (INSULIN LISOPRO)":"INSULIN LISPRO","MAGNESIUM CHLORIDE ANHYDROUS (MAGNESIUM CHLORIDE ANHYDROUS)":"MAGNESIUM CHLORIDE",
"MEPERIDINE HCL":"MEPERIDINE","BACITRACINE-NEOMYCINE (NEOMYCIN SULFATE)":"BACITRACIN;NEOMYCIN","BENZOCAINE (BENZOCAINE)":"BENZOCAINE",
"TETRACAINE (TETRACAINE)":"TETRACAINE","SULFAMETHOZAOLE W/TRIMETHOPRIM (TRIMETHOPRIM, SULFAMETHOXAZOLE)":"SULFAMETHOXAZOLE;TRIMETHOPRIM",
"OXYIR CAPSULES  (OXYCODONE HYDROCHLORIDE)":"OXYCODONE","FOLATE SODIUM (FOLATE SODIUM)":"FOLIC ACID","FERROUS GLUCONATE (FERROUS GLUCONATE)":"FERROUS GLUCONATE",
"KEEFLEX (CEFALEXIN MONOHYDRATE)":"CEPHALEXIN","MEICELIN (CEFMINOX)":"CEFMINOX","VASOTEC":"ENALAPRIL","RIFAMPICIN":"RIFAMPIN",
"DESMOTABS":"DESMOPRESSIN","CILASTATIN SODIUM AND IMIPENEM":"CILASTATIN;IMIPENEM","XYLONEST":"PRILOCAINE","PANTOPRAZOLE (PANTOPRAZOLE)":"PANTOPRAZOLE",
"AMITRIPTYLINE HCL":"AMITRIPTYLINE","CO-CODAMOL (PANADEINE CO)":"ACETAMINOPHEN;CODEINE","MELOXICAM (MELOXICAM)":"MELOXICAM",
"PIRITON (CHLORPHENAMINE MALEATE)":"CHLORPHENIRAMINE","HYPROMELLOSE (HYPROMELLOSE)":"HYPROMELLOSE","BUSULFAN (BUSULFAN)":"BUSULFAN",
"HYDROCODONE/ APAP":"ACETAMINOPHEN;HYDROCODONE","PRILOSEC":"OMEPRAZOLE","GASTER":"FAMOTIDINE","MAGNESIUM OXIDE":"MAGNESIUM OXIDE",
"SILECE":"FLUNITRAZEPAM","ZYLORIC":"ALLOPURINOL","RELIFEN":"NABUMETONE","CLOPERASTINE FENDIZOATE":"CLOPERASTINE","LYSOZYME CHLORIDE":"LYSOZYME",
"CORTEF":"HYDROCORTISONE","FERROUS SULFATE TAB":"FERROUS SULFATE","PREDNISOLONE BUTYLACETATE":"PREDNISOLONE","ROFECOXIB":"ROFECOXIB",
"CONJUGATED ESTROGEN":"ESTROGENS, CONJUGATED","MESALAZINE":"MESALAMINE","DICYCLOMINE HCL":"DICYCLOMINE","ACECLOFENAC (ACECLOFENAC)":"ACECLOFENAC",
"LOSEC (OMEPRAZOLE)":"OMEPRAZOLE","AMIODARONE HCL":"AMIODARONE","NOVOSEVEN":"COAGULATION FACTOR VIIA RECOMBINANT HUMAN",
}

out = collections.OrderedDict()
unlabelled = collections.OrderedDict()
for layout, year, path, member in files:
    for r in rows(lines_of(path, member)):
        name = r.get('drugname', '').strip()
        if not name:
            continue
        ai, src = r.get('prod_ai', '').strip(), 'prod_ai'
        if not ai:
            nda = r.get('nda_num', '').strip().split('.')[0]
            sets = appl.get(int(nda)) if nda.isdigit() else None
            if sets and len(sets) == 1:
                ai, src = next(iter(sets)), 'drugsatfda_applno'
            else:
                unlabelled[(layout, year, name)] = unlabelled.get((layout, year, name), 0) + 1
                continue
        out[(layout, year, name, ai, src)] = out.get((layout, year, name, ai, src), 0) + 1

for (layout, year, name), n in unlabelled.items():
    if layout == 'faers' and year in (2020, 2025):
        continue  # modern rows FDA left uncoded: not labelled
    s = byname.get(name.upper())
    if s and len(s) == 1:
        out[(layout, year, name, next(iter(s)), 'drugsatfda_name')] = n
    elif name in H:
        out[(layout, year, name, H[name], 'hand')] = n

with open('verbatim_names.tsv', 'w', encoding='utf-8') as w:
    w.write('# Verbatim FAERS/AERS drug names with independent ingredient labels. Columns: layout, year, drugname (as reported),\n')
    w.write('# label (ingredients; prod_ai text or Drugs@FDA ActiveIngredient or hand label), label_source, rows, split (tune/heldout).\n')
    w.write('# Built from the shared public FAERS samples by make_verbatim_names.py; see docs/VOCABULARY.md ("Verbatim-name test set").\n')
    for (layout, year, name, ai, src), n in out.items():
        split = 'heldout' if zlib.crc32(name.upper().encode('utf-8')) % 3 == 0 else 'tune'
        w.write(f'{layout}\t{year}\t{name}\t{ai}\t{src}\t{n}\t{split}\n')
