/**
 * Capitalised words that are not names: sentence openers, headings, days, months, ranks and offices.
 * Typo matching and new-name detection skip them, so "Monday" never becomes a person and "Parish" never Paris.
 */
const WORDS = `
a about above according across actually after afternoon again against ahead all almost along already also although
always among an analysis and another any anyone anything are around as asked at away back be because been before
being below between both breaking but by can cannot could despite did do does doing down during each earlier early
either else even evening ever every everyone everything few first for former from further had has have having he
her here hers him his how however i if in including inside instead into is it its just last later latest least less
like live many may maybe me meanwhile might more morning most much must my near nearly neither never new news next
no none nor not nothing now of off often on once one only or other others otherwise our out outside over overnight
own perhaps please quite rather read really right same see several she should since so some something soon still
story such summary than that the their them then there these they this those though through thus to today together
tomorrow tonight too top toward towards under unless until up update updates upon us very via was watch we well were
what whatever when where whether which while who whom whose why will with within without would yesterday yet you your
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
october november december spring summer autumn winter
president presidents minister ministers ministry prime premier chancellor secretary spokesman spokeswoman spokesperson
general colonel major lieutenant admiral captain sergeant commander officer officers official officials director
chairman chair chief head deputy vice ambassador envoy leader leaders adviser advisor professor doctor senator
governor mayor speaker king queen prince sir dame lord lady mister
council committee commission parliament congress senate assembly government ministry department agency office
service services forces force army navy military troops union republic federation alliance state states kingdom
defence defense foreign affairs security intelligence national federal international european western eastern
northern southern central north south east west world global
reuters pictures image images photo photos video getty copyright rights reserved contributed reporting
continues continued related sponsored advertisement
`;

/** Lower-case words never taken for a name or a typo of one. */
export const COMMON_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));
