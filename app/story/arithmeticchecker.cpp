#include "arithmeticchecker.h"

#include "phraseset_p.h"
#include "storyfact.h"
#include "storylexicon.h"
#include "storytext_p.h"

#include <cmath>

namespace FactDesk {

using StoryText::Token;
using Words = StoryLexicon::Words;

namespace {

/// A closed interval of the values a written figure allows.
struct Range
{
    double low = 0;
    double high = 0;
    bool isFinite() const { return std::isfinite(low) && std::isfinite(high); }
};

Range rangeOf(const StoryFact &fact)
{
    return { fact.low, fact.high };
}

Range negated(Range r)
{
    return { -r.high, -r.low };
}

/// The smallest range holding f(a, b) for a and b in their ranges (f monotonic in each).
template<typename F> Range combine(Range a, Range b, F f)
{
    const double corners[] = { f(a.low, b.low), f(a.low, b.high), f(a.high, b.low), f(a.high, b.high) };
    Range r { corners[0], corners[0] };
    for (const double c : corners) {
        r.low = std::min(r.low, c);
        r.high = std::max(r.high, c);
    }
    return r;
}

bool overlaps(Range a, Range b)
{
    return a.low <= b.high && b.low <= a.high;
}

/// Same kind and unit: the operands of a change, a part and its whole.
bool sameUnit(const StoryFact &a, const StoryFact &b)
{
    return a.kind == b.kind && a.unit == b.unit;
}

class SentenceReader
{
public:
    SentenceReader(const StoryLexicon &lexicon, const QString &folded)
        : lexicon(lexicon)
        , folded(folded)
    { }

    /// The words between two figures.
    QVector<Token> between(const StoryFact &a, const StoryFact &b) const
    {
        return StoryText::tokenize(folded, a.end, b.start);
    }
    QVector<Token> before(const StoryFact &fact, int words) const
    {
        QVector<Token> tokens = StoryText::tokenize(folded, fact.sentenceStart, fact.start);
        return tokens.mid(qMax(0, int(tokens.size()) - words));
    }
    QVector<Token> after(const StoryFact &fact, int words) const
    {
        return StoryText::tokenize(folded, fact.end, fact.sentenceEnd).mid(0, words);
    }
    bool has(Words list, const QVector<Token> &tokens) const
    {
        return lexicon.words(list).containsAny(tokens);
    }
    bool startsWith(Words list, const QVector<Token> &tokens) const
    {
        return !tokens.isEmpty() && lexicon.words(list).matchAt(tokens, 0).endToken > 0;
    }
    bool endsWith(Words list, const QVector<Token> &tokens) const
    {
        return lexicon.words(list).endsAt(tokens, int(tokens.size()));
    }

    const StoryLexicon &lexicon;
    const QString &folded;
};

ArithmeticCheck makeCheck(CheckRule rule, const QVector<const StoryFact *> &facts, double computed,
    const QString &stated, const QString &unit, bool consistent)
{
    ArithmeticCheck check;
    check.rule = rule;
    check.articleId = facts.first()->articleId;
    for (const StoryFact *fact : facts)
        check.factIds.append(fact->factId);
    check.computed = ArithmeticChecker::formatNumber(computed);
    check.stated = stated;
    check.unit = unit;
    check.consistent = consistent;
    return check;
}

QString signedValue(const StoryFact &fact, bool negative)
{
    return negative && !fact.value.startsWith(QLatin1Char('-')) ? QLatin1Char('-') + fact.value : fact.value;
}

} // namespace

ArithmeticChecker::ArithmeticChecker(const StoryLexicon &lexicon)
    : m_lexicon(lexicon)
{ }

QString ArithmeticChecker::formatNumber(double value)
{
    if (!std::isfinite(value))
        return QString();
    QString text = QString::number(value, 'f', std::fabs(value) >= 1000 ? 0 : 3);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    return text == QLatin1String("-0") ? QStringLiteral("0") : text;
}

QVector<ArithmeticCheck> ArithmeticChecker::check(
    const QString &articleText, const QVector<StoryFact> &facts) const
{
    QVector<ArithmeticCheck> checks;
    const QString folded = StoryText::fold(articleText);
    const SentenceReader reader(m_lexicon, folded);
    int stakeValueTerm = -1;
    for (int i = 0; i < m_lexicon.measures().size(); ++i) {
        if (m_lexicon.measures().at(i).id == QLatin1String("stake_value"))
            stakeValueTerm = i;
    }

    for (int first = 0; first < facts.size();) {
        int last = first + 1;
        while (last < facts.size() && facts.at(last).sentenceStart == facts.at(first).sentenceStart)
            ++last;
        QVector<const StoryFact *> s;
        for (int i = first; i < last; ++i)
            s.append(&facts.at(i));
        first = last;
        QVector<bool> used(s.size(), false);

        // change: "de A à B, soit C", "from A to B, a cut of C", "B contre A, soit C".
        for (int i = 0; i + 2 < s.size(); ++i) {
            const StoryFact &a = *s.at(i);
            const StoryFact &b = *s.at(i + 1);
            const StoryFact &c = *s.at(i + 2);
            if (!sameUnit(a, b) || a.isChange || b.isChange || a.kind == FigureKind::Multiplier)
                continue;
            // "a range of $181.5 billion to $188.5 billion, up 7% to 11%": bounds, not a move.
            if (a.range == RangeRole::Low && b.range == RangeRole::High)
                continue;
            const QVector<Token> ab = reader.between(a, b);
            // "B contre A", "fell to B from A": the second is the value of before.
            const bool versus = reader.has(Words::Versus, ab) || (b.prior && !a.prior);
            if (ab.size() > 3 || (!versus && !reader.has(Words::To, ab)))
                continue;
            const QVector<Token> bc = reader.between(b, c);
            // "…, soit une hausse de C", "…, a cut of C", "…, three times more".
            const bool tied = reader.has(Words::Change, bc) || reader.has(Words::Result, bc) || c.isChange
                || (c.kind == FigureKind::Multiplier && bc.size() <= 3);
            if (bc.size() > 10 || !tied)
                continue;
            const StoryFact &from = versus ? b : a;
            const StoryFact &to = versus ? a : b;
            Range old = rangeOf(from);
            Range now = rangeOf(to);
            if (!old.isFinite() || !now.isFinite() || !rangeOf(c).isFinite())
                continue;
            const bool fall = reader.has(Words::Decrease, bc) || c.number < 0;
            Range stated = c.number < 0 ? rangeOf(c) : (fall ? negated(rangeOf(c)) : rangeOf(c));
            Range computed;
            double nominal = 0;
            QString unit;
            if (c.kind == FigureKind::Multiplier) {
                if (old.low <= 0)
                    continue;
                computed = combine(old, now, [](double o, double n) { return n / o; });
                nominal = to.number / from.number;
                stated = rangeOf(c);
                unit = QStringLiteral("x");
            } else if (c.kind == FigureKind::Percent
                && (c.unit == QLatin1String("pp")
                    || (c.unit == QLatin1String("%") && a.kind != FigureKind::Percent))) {
                if (c.unit == QLatin1String("pp") && a.kind != FigureKind::Percent)
                    continue;
                if (c.unit == QLatin1String("pp")) {
                    computed = combine(old, now, [](double o, double n) { return n - o; });
                    nominal = to.number - from.number;
                    unit = QStringLiteral("pp");
                } else {
                    if (old.low <= 0)
                        continue;
                    computed = combine(old, now, [](double o, double n) { return (n - o) / o * 100; });
                    nominal = (to.number - from.number) / from.number * 100;
                    unit = QStringLiteral("%");
                }
            } else if (c.kind == FigureKind::Percent && a.kind == FigureKind::Percent
                && c.unit == QLatin1String("%")) {
                // "de 3,5 % à 3,8 %, soit +0,3 %" may mean points or a relative change: only points are
                // checked when the text says so, a relative change when it agrees.
                if (old.low <= 0)
                    continue;
                computed = combine(old, now, [](double o, double n) { return (n - o) / o * 100; });
                nominal = (to.number - from.number) / from.number * 100;
                unit = QStringLiteral("%");
                const Range points = combine(old, now, [](double o, double n) { return n - o; });
                if (overlaps(points, stated)) {
                    // Points written as "%": what the text means, so it holds.
                    computed = points;
                    nominal = to.number - from.number;
                    unit = QStringLiteral("pp");
                }
            } else if (sameUnit(c, a)) {
                computed = combine(old, now, [](double o, double n) { return n - o; });
                nominal = to.number - from.number;
                unit = a.unit;
            } else {
                continue;
            }
            const bool consistent = overlaps(computed, stated);
            checks.append(makeCheck(CheckRule::Change, { &from, &to, &c }, nominal,
                c.kind == FigureKind::Multiplier ? c.value : signedValue(c, fall), unit, consistent));
            used[i] = used[i + 1] = used[i + 2] = true;
        }

        // change as a premium or a discount: "une prime de 20 % sur le cours de 50 euros" for 60 euros.
        for (int i = 0; i < s.size(); ++i) {
            const StoryFact &p = *s.at(i);
            if (used.at(i) || p.kind != FigureKind::Percent || p.unit != QLatin1String("%"))
                continue;
            // "une prime de 20 %", "a 20% premium".
            const QVector<Token> lead = reader.before(p, 5) + reader.after(p, 1);
            const bool premium = reader.has(Words::Premium, lead);
            const bool discount = reader.has(Words::Discount, lead);
            if (!premium && !discount)
                continue;
            int baseIndex = -1;
            int offerIndex = -1;
            for (int j = 0; j < s.size(); ++j) {
                if (s.at(j)->kind != FigureKind::Money)
                    continue;
                if (j > i && baseIndex < 0 && reader.startsWith(Words::Base, reader.between(p, *s.at(j))))
                    baseIndex = j;
                else if (j > i && baseIndex < 0 && reader.has(Words::Base, reader.between(p, *s.at(j)))
                    && reader.between(p, *s.at(j)).size() <= 8)
                    baseIndex = j;
                else if (offerIndex < 0)
                    offerIndex = j;
            }
            if (baseIndex < 0 || offerIndex < 0 || !sameUnit(*s.at(baseIndex), *s.at(offerIndex)))
                continue;
            const StoryFact &base = *s.at(baseIndex);
            const StoryFact &offer = *s.at(offerIndex);
            if (!rangeOf(base).isFinite() || !rangeOf(p).isFinite() || !rangeOf(offer).isFinite())
                continue;
            const double sign = discount ? -1 : 1;
            const Range computed = combine(
                rangeOf(base), rangeOf(p), [sign](double m, double r) { return m * (1 + sign * r / 100); });
            const double nominal = base.number * (1 + sign * p.number / 100);
            checks.append(makeCheck(CheckRule::Change, { &base, &p, &offer }, nominal, offer.value,
                offer.unit, overlaps(computed, rangeOf(offer))));
            used[i] = used[baseIndex] = used[offerIndex] = true;
        }

        // percent_of: "27 % de 500 milliards, soit 135 milliards"; "135 milliards, soit 27 % des 500
        // milliards".
        for (int i = 0; i + 2 < s.size(); ++i) {
            const StoryFact &x = *s.at(i);
            const StoryFact &y = *s.at(i + 1);
            const StoryFact &z = *s.at(i + 2);
            const QVector<Token> xy = reader.between(x, y);
            const QVector<Token> yz = reader.between(y, z);
            // "27 % de son capital, ce qui, avec une valorisation de 500 milliards, valorise sa part à
            // 135 milliards": a part named as the value of the stake lets the words run longer.
            const bool shareValue = stakeValueTerm >= 0 && z.measureTerm == stakeValueTerm;
            const int ofWords = shareValue ? 12 : 4;
            const int resultWords = shareValue ? 12 : 10;
            const bool percentFirst = x.kind == FigureKind::Percent && x.unit == QLatin1String("%")
                && !x.isChange && y.kind != FigureKind::Percent && sameUnit(y, z) && xy.size() <= ofWords
                && reader.startsWith(Words::Of, xy) && yz.size() <= resultWords && reader.has(Words::Result, yz);
            const bool percentMiddle = y.kind == FigureKind::Percent && y.unit == QLatin1String("%")
                && !y.isChange && x.kind != FigureKind::Percent && sameUnit(x, z) && xy.size() <= 6
                && reader.has(Words::Result, xy) && yz.size() <= 4 && reader.startsWith(Words::Of, yz);
            if (!percentFirst && !percentMiddle)
                continue;
            if (!rangeOf(x).isFinite() || !rangeOf(y).isFinite() || !rangeOf(z).isFinite())
                continue;
            if (percentFirst) {
                const Range computed
                    = combine(rangeOf(x), rangeOf(y), [](double p, double w) { return p / 100 * w; });
                checks.append(makeCheck(CheckRule::PercentOf, { &x, &y, &z }, x.number / 100 * y.number,
                    z.value, z.unit, overlaps(computed, rangeOf(z))));
            } else {
                if (z.low <= 0)
                    continue;
                const Range computed
                    = combine(rangeOf(x), rangeOf(z), [](double part, double w) { return part / w * 100; });
                checks.append(makeCheck(CheckRule::PercentOf, { &x, &z, &y }, x.number / z.number * 100,
                    y.value, y.unit, overlaps(computed, rangeOf(y))));
            }
            used[i] = used[i + 1] = used[i + 2] = true;
        }

        // parts_total: "4 000 emplois, dont 1 200 ingénieurs et 300 chercheurs"; "dont 2 400 en France, soit
        // 30 %".
        for (int i = 0; i + 1 < s.size(); ++i) {
            const StoryFact &whole = *s.at(i);
            const StoryFact &firstPart = *s.at(i + 1);
            const auto fits = [&whole](const StoryFact &part) {
                return (!part.isChange || whole.isChange)
                    && ((part.kind == whole.kind
                            && (part.kind == FigureKind::Count || part.unit == whole.unit))
                        || (part.kind == FigureKind::Number && whole.kind == FigureKind::Count));
            };
            // A counted change has parts too: "1 500 suppressions de postes, dont 450 en France".
            if ((whole.isChange && whole.kind != FigureKind::Count) || !fits(firstPart))
                continue;
            const QVector<Token> link = reader.between(whole, firstPart);
            if (link.size() > 8 || !reader.has(Words::Part, link))
                continue;
            QVector<const StoryFact *> parts { &firstPart };
            int next = i + 2;
            while (next < s.size() && fits(*s.at(next))) {
                const QVector<Token> gap = reader.between(*s.at(next - 1), *s.at(next));
                if (gap.size() > 4)
                    break;
                parts.append(s.at(next));
                ++next;
            }
            double lowSum = 0;
            double highSum = 0;
            double nominal = 0;
            for (const StoryFact *part : parts) {
                lowSum += std::isfinite(part->low) ? part->low : 0;
                highSum += part->high;
                nominal += part->number;
            }
            const bool saysTotal
                = reader.has(Words::Total, reader.after(*parts.last(), 6)) || reader.has(Words::Total, link);
            bool consistent = lowSum <= whole.high;
            if (saysTotal && parts.size() >= 2)
                consistent = consistent && highSum >= whole.low;
            QVector<const StoryFact *> operands = parts;
            operands.append(&whole);
            checks.append(
                makeCheck(CheckRule::PartsTotal, operands, nominal, whole.value, whole.unit, consistent));
            // "dont 2 400 en France, soit 30 %": the share of the part, when stated.
            if (parts.size() == 1 && next < s.size()) {
                const StoryFact &share = *s.at(next);
                const QVector<Token> shareLink = reader.between(firstPart, share);
                if (share.kind == FigureKind::Percent && share.unit == QLatin1String("%")
                    && shareLink.size() <= 6 && reader.has(Words::Result, shareLink) && whole.low > 0
                    && rangeOf(firstPart).isFinite() && rangeOf(whole).isFinite()
                    && rangeOf(share).isFinite()) {
                    const Range computed = combine(rangeOf(firstPart), rangeOf(whole),
                        [](double part, double w) { return part / w * 100; });
                    checks.append(makeCheck(CheckRule::PercentOf, { &firstPart, &whole, &share },
                        firstPart.number / whole.number * 100, share.value, share.unit,
                        overlaps(computed, rangeOf(share))));
                }
            }
            for (int k = i; k < next; ++k)
                used[k] = true;
        }
        // parts then their total: "1 200 à Lyon et 800 à Grenoble, soit 2 000 au total".
        for (int i = 2; i < s.size(); ++i) {
            const StoryFact &total = *s.at(i);
            if (used.at(i) || total.isChange)
                continue;
            QVector<Token> lead = reader.between(*s.at(i - 1), total);
            const QVector<Token> trail = reader.after(total, 3);
            if (!reader.has(Words::Total, lead) && !reader.startsWith(Words::Total, trail))
                continue;
            QVector<const StoryFact *> parts;
            for (int k = i - 1; k >= 0 && sameUnit(*s.at(k), total) && !used.at(k) && !s.at(k)->isChange;
                 --k) {
                parts.prepend(s.at(k));
                if (k > 0 && reader.between(*s.at(k - 1), *s.at(k)).size() > 4)
                    break;
            }
            if (parts.size() < 2)
                continue;
            double lowSum = 0;
            double highSum = 0;
            double nominal = 0;
            bool finite = true;
            for (const StoryFact *part : parts) {
                finite = finite && rangeOf(*part).isFinite();
                lowSum += part->low;
                highSum += part->high;
                nominal += part->number;
            }
            if (!finite || !rangeOf(total).isFinite())
                continue;
            QVector<const StoryFact *> operands = parts;
            operands.append(&total);
            checks.append(makeCheck(CheckRule::PartsTotal, operands, nominal, total.value, total.unit,
                overlaps({ lowSum, highSum }, rangeOf(total))));
            used[i] = true;
        }

        // per_unit: "2 millions d'actions à 30 euros l'action, soit 60 millions d'euros".
        for (int i = 0; i < s.size(); ++i) {
            const StoryFact &price = *s.at(i);
            if (used.at(i) || price.kind != FigureKind::Money
                || !reader.startsWith(Words::PerUnit, reader.after(price, 3)))
                continue;
            const StoryFact *quantity = nullptr;
            const StoryFact *total = nullptr;
            int quantities = 0;
            int totals = 0;
            for (int j = 0; j < s.size(); ++j) {
                if (j == i)
                    continue;
                if (s.at(j)->kind == FigureKind::Count || s.at(j)->kind == FigureKind::Quantity) {
                    quantity = s.at(j);
                    ++quantities;
                } else if (sameUnit(*s.at(j), price)) {
                    total = s.at(j);
                    ++totals;
                }
            }
            if (quantities != 1 || totals != 1 || !rangeOf(price).isFinite() || !rangeOf(*quantity).isFinite()
                || !rangeOf(*total).isFinite())
                continue;
            const Range computed
                = combine(rangeOf(price), rangeOf(*quantity), [](double p, double q) { return p * q; });
            checks.append(
                makeCheck(CheckRule::PerUnit, { &price, quantity, total }, price.number * quantity->number,
                    total->value, total->unit, overlaps(computed, rangeOf(*total))));
        }
    }
    return checks;
}

} // namespace FactDesk
