/**
 * Common romanized Chinese, Korean and Vietnamese family names. A two-word capitalized name
 * that opens with one ("Zhao Dingzhe", "Kim Min-woo") is a person in family-name-first order.
 */
export const EAST_ASIAN_SURNAMES: ReadonlySet<string> = new Set([
  'wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'zhao', 'huang', 'zhou', 'wu', 'xu', 'sun', 'hu', 'zhu', 'gao', 'lin',
  'he', 'guo', 'ma', 'luo', 'liang', 'song', 'zheng', 'xie', 'han', 'tang', 'feng', 'yu', 'dong', 'xiao', 'cheng',
  'cao', 'yuan', 'deng', 'fu', 'shen', 'zeng', 'peng', 'lu', 'su', 'jiang', 'cai', 'jia', 'ding', 'wei', 'xue', 'ye',
  'yan', 'pan', 'du', 'dai', 'xia', 'zhong', 'tian', 'ren', 'fan', 'fang', 'shi', 'yao', 'tan', 'liao', 'zou',
  'xiong', 'jin', 'hao', 'kong', 'bai', 'cui', 'kang', 'mao', 'qiu', 'qin', 'gu', 'hou', 'shao', 'meng', 'long',
  'wan', 'duan', 'lei', 'qian', 'yin', 'yi', 'chang', 'qiao', 'lai', 'gong', 'wen', 'xi', 'ou', 'chan', 'cheung',
  'wong', 'leung', 'lau', 'chow', 'ng', 'ho', 'lam', 'tsang', 'yeung', 'kwok', 'tse', 'mak', 'hui', 'chiang', 'chu',
  'kim', 'lee', 'park', 'choi', 'jung', 'jeong', 'kang', 'cho', 'yoon', 'jang', 'lim', 'shin', 'seo', 'kwon', 'hwang',
  'ahn', 'song', 'hong', 'nguyen', 'tran', 'le', 'pham', 'hoang', 'phan', 'vu', 'dang', 'bui', 'do', 'ngo', 'duong',
  'vo', 'huynh', 'truong', 'trinh', 'dinh', 'luong', 'doan', 'vuong', 'nong',
  // Wade-Giles and Korean spellings news copy keeps: "Tung Chee-hwa", "Roh Tae-woo", "Hsu Li-teh"
  'tung', 'koo', 'hsu', 'tsai', 'hsieh', 'kuo', 'yeh', 'chao', 'soong', 'lien', 'roh', 'chun',
  // Hokkien and Teochew spellings of Singapore and Malaysia: "Goh Chok Tong", "Chua Sock Koong", "Teo Chee Hean"
  'goh', 'chew', 'chua', 'teo', 'koh', 'yeo', 'seah', 'toh', 'quek', 'khoo', 'chia', 'loh', 'phua', 'yap', 'ooi',
]);
