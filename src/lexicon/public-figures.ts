/**
 * Surnames of heads of state and government and other public figures that English news calls by
 * the surname alone, often with no first mention in the story ("Yeltsin met Chirac", "talks
 * with Netanyahu"), lower-cased. No npm package lists them and compromise knows only a few
 * ("clinton", "putin"). Kept to words that are no English word, given name or country, and that
 * news rarely uses for anything but the person; a town of the same spelling ("Arafat") yields
 * only to a preposition of place.
 */
export const PUBLIC_FIGURES: ReadonlySet<string> = new Set([
  // Russia and the former Soviet Union
  'yeltsin', 'gorbachev', 'putin', 'medvedev', 'chernomyrdin', 'lebed', 'zyuganov', 'primakov', 'lukashenko',
  'zelensky', 'zelenskyy', 'poroshenko', 'yanukovych', 'kuchma', 'shevardnadze', 'saakashvili', 'nazarbayev',
  'maskhadov', 'dudayev', 'yandarbiyev', 'lavrov', 'zhirinovsky',
  // Europe
  'milosevic', 'karadzic', 'mladic', 'tudjman', 'izetbegovic', 'kostunica', 'ceausescu', 'walesa', 'kwasniewski',
  'havel', 'orban', 'erdogan', 'ozal', 'ciller', 'erbakan', 'demirel', 'kohl', 'schroeder', 'merkel', 'scholz',
  'mitterrand', 'chirac', 'sarkozy', 'hollande', 'macron', 'jospin', 'juppe', 'balladur', 'berlusconi', 'prodi',
  'renzi', 'draghi', 'meloni', 'aznar', 'zapatero', 'rajoy', 'sanchez', 'thatcher', 'sunak', 'starmer', 'corbyn',
  'juncker', 'barroso', 'santer', 'delors', 'honecker', 'jaruzelski',
  // the Middle East and Africa
  'netanyahu', 'rabin', 'peres', 'olmert', 'arafat', 'assad', 'mubarak', 'sadat', 'sisi', 'morsi', 'gaddafi',
  'qaddafi', 'khomeini', 'khamenei', 'rafsanjani', 'khatami', 'ahmadinejad', 'rouhani', 'saddam', 'nasrallah',
  'mandela', 'mbeki', 'zuma', 'ramaphosa', 'mugabe', 'tsvangirai', 'kabila', 'mobutu', 'museveni', 'kagame',
  'obasanjo', 'abacha', 'buhari', 'haniyeh', 'talabani', 'zarqawi', 'sistani', 'allawi', 'chalabi', 'jaafari',
  'barzani', 'siniora', 'hariri', 'lahoud', 'meshaal', 'rantisi', 'qurei', 'erekat', 'livni',
  // Asia
  'bhutto', 'musharraf', 'zardari', 'nehru', 'vajpayee', 'modi', 'suharto', 'habibie', 'yudhoyono', 'jokowi',
  'mahathir', 'duterte', 'hashimoto', 'obuchi', 'koizumi', 'kishida', 'kaifu', 'takeshita', 'nakasone', 'karzai',
  'thaksin', 'megawati', 'aquino',
  // the Americas and the United Nations
  'clinton', 'reagan', 'nixon', 'obama', 'trump', 'biden', 'gingrich', 'albright', 'kissinger', 'rumsfeld',
  'cheney', 'pelosi', 'mcconnell', 'schumer', 'castro', 'chavez', 'maduro', 'lula', 'cardoso', 'bolsonaro',
  'menem', 'kirchner', 'milei', 'fujimori', 'pinochet', 'zedillo', 'trudeau', 'mulroney', 'chretien', 'annan',
  'guterres', 'waldheim', 'noriega', 'ortega',
  // Washington and Wall Street of the late 1980s, as the financial press wrote them
  'dukakis', 'quayle', 'sununu', 'darman', 'mosbacher', 'bentsen', 'rostenkowski', 'greenspan', 'volcker',
  'boesky', 'milken', 'icahn', 'perelman', 'kravis',
]);
