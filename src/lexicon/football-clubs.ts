/**
 * Football clubs of the British and European wire, and the best-known of other continents, that
 * compromise's lexicon lacks and whose names read as something else: a town and a weekday
 * ("Sheffield Wednesday"), a compass point ("West Ham", "West Bromwich Albion"), a town and an
 * English word ("Nottingham Forest", "Crystal Palace", "Port Vale") or a given name ("Queens Park
 * Rangers"). Lower-cased. No npm data package lists clubs, so the list is kept by hand and holds
 * names of two words or more, which name nothing but the club, and one-word names that nothing
 * else bears; a one-word name of a place ("Porto", "Derby") stays a place unless the story plays it.
 */
export const FOOTBALL_CLUBS: ReadonlySet<string> = new Set([
  // England
  'sheffield wednesday', 'sheffield united', 'west ham', 'west ham united', 'nottingham forest', 'crystal palace',
  'queens park rangers', 'west bromwich albion', 'west brom', 'tottenham hotspur', 'manchester united',
  'manchester city', 'port vale', 'preston north end',
  'bolton wanderers', 'wolverhampton wanderers', 'wycombe wanderers', 'blackburn rovers', 'bristol rovers',
  'tranmere rovers', 'doncaster rovers', 'charlton athletic', 'oldham athletic', 'wigan athletic',
  'brighton and hove albion', 'leyton orient', 'aston villa',
  // the short forms of the Manchester clubs in headlines and fans' copy, read as a place or a person
  'man city', 'man utd', 'man united',
  // Scotland
  'heart of midlothian', 'partick thistle', 'hamilton academical', 'raith rovers', 'st johnstone', 'st mirren',
  'queen of the south', 'inverness caledonian thistle', 'dundee united',
  // the rest of Europe, where the town's word or a given-name-like word opens the name
  'inter milan', 'ac milan', 'real madrid', 'atletico madrid', 'real sociedad', 'real betis', 'real zaragoza',
  'racing santander', 'sporting gijon', 'sporting lisbon', 'celta vigo', 'deportivo coruna', 'paris st germain',
  'paris saint-germain', 'red star belgrade', 'dynamo kiev', 'dynamo moscow', 'spartak moscow', 'cska moscow',
  'rapid vienna', 'austria vienna', 'steaua bucharest', 'dinamo bucharest', 'slavia prague', 'sparta prague',
  'legia warsaw', 'hajduk split', 'croatia zagreb', 'standard liege', 'club brugge', 'vitoria guimaraes',
  'vitoria setubal', 'borussia dortmund', 'borussia moenchengladbach', 'werder bremen', 'hansa rostock',
  'bayer leverkusen', 'eintracht frankfurt', 'fortuna duesseldorf', 'young boys', 'grasshopper zurich',
  // Africa, where an Arabic article or a town opens the name ("Al Ahly" read as a person's name)
  'al ahly', 'wydad casablanca', 'raja casablanca', 'esperance tunis', 'kaizer chiefs', 'orlando pirates',
  'tp mazembe', 'asante kotoko', 'hearts of oak', 'gor mahia', 'afc leopards', 'young africans',
  // Latin America, where a plural English word or a given name closes it ("Boca Juniors", "Cruz Azul")
  'boca juniors', 'river plate', 'argentinos juniors', 'racing club', 'velez sarsfield', 'estudiantes de la plata',
  "newell's old boys", 'atletico mineiro', 'club america', 'cruz azul', 'universidad de chile', 'universidad catolica',
  // the Gulf and East Asia
  'al hilal', 'al nassr', 'al ittihad', 'al sadd', 'urawa reds', 'kashima antlers', 'ulsan hyundai',
  'jeonbuk motors', 'shanghai shenhua',
  // one-word names that are no place, word or person's name, which a transfer story names without
  // a table or a score: "joined Juventus in 2019", "signed from Benfica"
  'juventus', 'benfica', 'feyenoord', 'galatasaray', 'fenerbahce', 'besiktas',
  'panathinaikos', 'fiorentina', 'sampdoria', 'udinese', 'flamengo', 'palmeiras',
]);
