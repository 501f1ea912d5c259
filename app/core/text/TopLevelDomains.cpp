#include "TopLevelDomains.h"

#include "CharacterClasses.h"
#include "TwitterTextData.h"

#include <algorithm>
#include <bitset>
#include <string>
#include <unordered_set>
#include <vector>

namespace CareDesk::Text {

namespace {

struct TldTable
{
    std::vector<std::u16string> keys; // owns what `names` points into
    std::unordered_set<std::u16string_view> names;
    std::bitset<0x10000> characters; // the keys of every character of every name
    qsizetype maxLength = 0;
};

const TldTable &tldTable()
{
    static const TldTable table = [] {
        TldTable result;
        for (const QString &file :
             {QStringLiteral("tlds-country.txt"), QStringLiteral("tlds-generic.txt")}) {
            for (const QString &name : twitterTextDataLines(file)) {
                std::u16string key;
                for (const QChar c : name) {
                    key.push_back(caseKey(c.unicode()));
                    result.characters.set(key.back());
                }
                result.maxLength = std::max(result.maxLength, qsizetype(key.size()));
                result.keys.push_back(std::move(key));
            }
        }
        for (const std::u16string &key : result.keys)
            result.names.insert(key);
        return result;
    }();
    return table;
}

} // namespace

bool TopLevelDomains::contains(std::u16string_view key)
{
    return tldTable().names.contains(key);
}

bool TopLevelDomains::mayContain(char16_t key)
{
    return tldTable().characters[key];
}

qsizetype TopLevelDomains::maxLength()
{
    return tldTable().maxLength;
}

} // namespace CareDesk::Text
