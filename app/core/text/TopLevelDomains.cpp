#include "TopLevelDomains.h"

#include <algorithm>
#include <unordered_set>

namespace CareDesk::Text {

namespace {

constexpr std::u16string_view COUNTRY_TLDS =
    u"ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bl bm bn bo "
    u"bq br bs bt bv bw by bz ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk "
    u"dm do dz ec ee eg eh er es et eu fi fj fk fm fo fr ga gb gd ge gf gg gh gi gl gm gn gp gq "
    u"gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in io iq ir is it je jm jo jp ke kg kh ki "
    u"km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mf mg mh mk ml mm mn mo "
    u"mp mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk "
    u"pl pm pn pr ps pt pw py qa re ro rs ru rw sa sb sc sd se sg sh si sj sk sl sm sn so sr ss "
    u"st su sv sx sy sz tc td tf tg th tj tk tl tm tn to tr tt tv tw tz ua ug uk um us uy uz va "
    u"vc ve vg vi vn vu wf ws ye yt za zm zw "
    u"рф срб укр бел қаз мкд мон бг ею ελ ευ 中国 中國 香港 台湾 台灣 澳門 新加坡 한국 ไทย ລາວ "
    u"გე հայ ایران پاکستان مصر السعودية امارات قطر عمان الاردن المغرب الجزائر تونس عراق سورية "
    u"سودان فلسطين مليسيا موريتانيا البحرين بھارت بارت ڀارت भारत भारोत भारतम् ভারত ভাৰত বাংলা "
    u"ਭਾਰਤ ભારત ଭାରତ இந்தியா இலங்கை சிங்கப்பூர் భారత్ ಭಾರತ ഭാരതം ලංකා";

constexpr std::u16string_view GENERIC_TLDS =
    u"com net org info biz edu gov mil int name pro aero asia cat coop jobs mobi museum post tel "
    u"travel xxx app dev page blog shop store online site website tech xyz top club live news "
    u"icu support help email services academy agency art audio auto bank bar beer best bike bio "
    u"black blue boutique build business buzz cafe camera camp capital care careers cash center "
    u"chat cheap city cloud coffee community company computer consulting cool credit dating deals "
    u"delivery design digital direct directory discount download earth eco education energy "
    u"engineering enterprises equipment estate events exchange expert express family farm fashion "
    u"film finance financial fish fit fitness flights florist football foundation free fun fund "
    u"furniture gallery games garden gift gifts global gold golf graphics green group guide guru "
    u"health healthcare holdings holiday homes host hosting house how inc institute insurance "
    u"international investments jewelry kitchen land law lawyer legal life lighting limited link "
    u"llc loan loans love ltd luxury management market marketing media memorial men menu mobile "
    u"money movie network new ninja one partners parts party pet phone photo photography photos "
    u"pics pictures pink pizza place plus press productions promo properties property pub radio "
    u"realty recipes red rent repair report rest restaurant review reviews rocks run sale salon "
    u"school science security sexy shoes shopping show ski soccer social software solar solutions "
    u"space sport studio style supply surf systems tattoo tax taxi team technology tickets tips "
    u"today tools tours town toys trade training tube university vacations video vip vision vote "
    u"voyage watch wedding wiki win wine work works world wtf yoga zone africa amsterdam barcelona "
    u"bayern berlin boston brussels budapest capetown cymru dubai durban eus gal hamburg helsinki "
    u"istanbul joburg koeln kyoto lat london madrid melbourne miami moscow nagoya nrw nyc okinawa "
    u"osaka paris quebec rio ruhr scot stockholm swiss sydney taipei tirol tokyo vegas "
    u"vlaanderen wales wien yokohama zuerich "
    u"公司 网络 网站 网址 中文网 在线 商城 商店 移动 游戏 企业 信息 集团 世界 我爱你 公益 닷컴 "
    u"닷넷 "
    u"コム みんな ストア москва онлайн сайт рус орг ком дети شبكة عرب كوم موقع קום कॉम नेट संगठन "
    u"คอม";

struct TldTable
{
    std::unordered_set<std::u16string_view> names;
    qsizetype maxLength = 0;
};

const TldTable &tldTable()
{
    static const TldTable table = [] {
        TldTable result;
        for (std::u16string_view list : {COUNTRY_TLDS, GENERIC_TLDS}) {
            while (!list.empty()) {
                const size_t space = std::min(list.find(u' '), list.size());
                if (space > 0) {
                    result.names.insert(list.substr(0, space));
                    result.maxLength = std::max(result.maxLength, qsizetype(space));
                }
                list.remove_prefix(std::min(space + 1, list.size()));
            }
        }
        return result;
    }();
    return table;
}

} // namespace

bool TopLevelDomains::contains(std::u16string_view lowerCase)
{
    return tldTable().names.contains(lowerCase);
}

qsizetype TopLevelDomains::maxLength()
{
    return tldTable().maxLength;
}

} // namespace CareDesk::Text
