#include "DemoNameGenerator.h"

#include "DemoRandom.h"

#include <array>

namespace {

struct Syllable
{
    const char *hanzi;
    const char *pinyin;
};

// Common surnames, roughly in order of frequency.
constexpr std::array<Syllable, 30> Surnames = { {
    { "王", "Wang" },  { "李", "Li" },    { "张", "Zhang" }, { "刘", "Liu" },  { "陈", "Chen" },
    { "杨", "Yang" },  { "黄", "Huang" }, { "赵", "Zhao" },  { "吴", "Wu" },   { "周", "Zhou" },
    { "徐", "Xu" },    { "孙", "Sun" },   { "马", "Ma" },    { "朱", "Zhu" },  { "胡", "Hu" },
    { "郭", "Guo" },   { "何", "He" },    { "高", "Gao" },   { "林", "Lin" },  { "罗", "Luo" },
    { "郑", "Zheng" }, { "梁", "Liang" }, { "谢", "Xie" },   { "宋", "Song" }, { "唐", "Tang" },
    { "许", "Xu" },    { "韩", "Han" },   { "冯", "Feng" },  { "邓", "Deng" }, { "曹", "Cao" },
} };

constexpr std::array<Syllable, 40> GivenCharacters = { {
    { "芳", "fang" }, { "伟", "wei" },   { "娜", "na" },   { "敏", "min" },  { "静", "jing" },
    { "丽", "li" },   { "强", "qiang" }, { "磊", "lei" },  { "洋", "yang" }, { "艳", "yan" },
    { "勇", "yong" }, { "军", "jun" },   { "杰", "jie" },  { "娟", "juan" }, { "涛", "tao" },
    { "明", "ming" }, { "超", "chao" },  { "秀", "xiu" },  { "霞", "xia" },  { "平", "ping" },
    { "刚", "gang" }, { "桂", "gui" },   { "英", "ying" }, { "华", "hua" },  { "玲", "ling" },
    { "婷", "ting" }, { "雪", "xue" },   { "慧", "hui" },  { "晨", "chen" }, { "宇", "yu" },
    { "欣", "xin" },  { "佳", "jia" },   { "琳", "lin" },  { "浩", "hao" },  { "倩", "qian" },
    { "颖", "ying" }, { "悦", "yue" },   { "萌", "meng" }, { "凯", "kai" },  { "蕾", "lei" },
} };

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace

DemoPersonName DemoNameGenerator::next(DemoRandom &random)
{
    for (int attempt = 0;; ++attempt) {
        const Syllable &surname = random.pick(Surnames);
        const Syllable &first = random.pick(GivenCharacters);
        const bool twoCharacters = random.chance(0.55);
        const Syllable &second = random.pick(GivenCharacters);

        DemoPersonName person;
        person.name = QString::fromUtf8(surname.hanzi) + QString::fromUtf8(first.hanzi);
        QString given = QString::fromLatin1(first.pinyin);
        if (twoCharacters) {
            person.name += QString::fromUtf8(second.hanzi);
            given += QString::fromLatin1(second.pinyin);
        }
        // After many collisions (large organisations) a numeric suffix keeps names apart.
        if (attempt > 50)
            person.name += QString::number(attempt);
        if (m_used.contains(person.name))
            continue;
        m_used.insert(person.name);
        person.englishName = QString::fromLatin1(surname.pinyin) + QLatin1Char(' ') + capitalised(given);
        return person;
    }
}
