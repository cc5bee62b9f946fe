#include "measuregrouper.h"

#include "pairlabeler.h"
#include "storyfact.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace FactDesk {

namespace {

int sharedCount(const QVector<QString> &names, const QVector<QString> &context)
{
    int shared = 0;
    for (const QString &name : names)
        shared += context.contains(name);
    return shared;
}

bool qualifiersDiffer(const StoryFact &a, const StoryFact &b)
{
    for (int axis = 0; axis < qMin(a.qualifiers.size(), b.qualifiers.size()); ++axis) {
        if (a.qualifiers.at(axis) >= 0 && b.qualifiers.at(axis) >= 0
            && a.qualifiers.at(axis) != b.qualifiers.at(axis))
            return true;
    }
    return false;
}

int closeness(const StoryFact &a, const StoryFact &b)
{
    if (PairLabeler::overlap(a.low, a.high, b.low, b.high))
        return 3;
    const double small = std::min(std::fabs(a.number), std::fabs(b.number));
    const double large = std::max(std::fabs(a.number), std::fabs(b.number));
    if (small <= 0)
        return 0;
    return large / small <= 1.25 ? 2 : large / small <= 2 ? 1 : 0;
}

/// Two facts of one article are one measure only when nothing tells them apart.
bool sameArticleCompatible(const StoryFact &a, const StoryFact &b)
{
    // A part beside its total, or a value far from the other (135 millions of 500), is another measure.
    // A value from before and the value after ("de 20 % à 8 %") may be far apart.
    // A headline says again what its body says ("Velastra s'offre 40 % d'Ondrith" above "a pris 40 % du
    // capital"): the same value without a term of its own is the same measure.
    const bool repeated
        = (a.measureTerm < 0 || b.measureTerm < 0) && a.value == b.value && a.prior == b.prior;
    if ((!repeated && (a.measureTerm < 0 || a.measureTerm != b.measureTerm)) || qualifiersDiffer(a, b)
        || a.isPart != b.isPart || (closeness(a, b) == 0 && a.prior == b.prior))
        return false;
    if (repeated)
        return sharedCount(a.names, b.contextNames) + sharedCount(b.names, a.contextNames) > 0;
    return a.names.isEmpty() || b.names.isEmpty() || sharedCount(a.names, b.names) > 0;
}

struct Edge
{
    int score;
    int a;
    int b;
};

} // namespace

int MeasureGrouper::score(const StoryFact &a, const StoryFact &b)
{
    if (a.gateKey != b.gateKey)
        return 0;
    if (a.measureTerm >= 0 && b.measureTerm >= 0 && a.measureTerm != b.measureTerm)
        return 0;
    if (a.articleId == b.articleId && !sameArticleCompatible(a, b))
        return 0;
    const int shared = sharedCount(a.names, b.contextNames) + sharedCount(b.names, a.contextNames);
    if (shared == 0 && !a.names.isEmpty() && !b.names.isEmpty())
        return 0;
    const int close = closeness(a, b);
    const int penalty = qualifiersDiffer(a, b) ? 2 : 0;
    if (a.measureTerm >= 0 && a.measureTerm == b.measureTerm)
        return 10 + std::min(shared, 6) + close - penalty;
    // Without a term on both sides only names and a close value tie them.
    if (shared >= 2 && close >= 2)
        return 1 + std::min(shared, 6) + close;
    return 0;
}

QVector<MeasureGrouper::Group> MeasureGrouper::group(
    const QVector<const StoryFact *> &facts, const QHash<qint64, qint64> &pins)
{
    const int count = int(facts.size());
    QVector<int> parent(count);
    std::iota(parent.begin(), parent.end(), 0);
    QVector<qint64> seed(count, 0); // the pinned measure of a root
    QVector<QVector<int>> members(count);
    QVector<bool> excluded(count, false);
    const auto find = [&parent](int i) {
        while (parent.at(i) != i) {
            parent[i] = parent.at(parent.at(i));
            i = parent.at(i);
        }
        return i;
    };
    QHash<qint64, int> seedRoot;
    for (int i = 0; i < count; ++i) {
        members[i] = { i };
        const auto pin = pins.constFind(facts.at(i)->factId);
        if (pin == pins.cend())
            continue;
        if (pin.value() == 0) {
            excluded[i] = true;
            continue;
        }
        const auto root = seedRoot.constFind(pin.value());
        if (root == seedRoot.cend()) {
            seedRoot.insert(pin.value(), i);
            seed[i] = pin.value();
        } else {
            parent[i] = root.value();
            members[root.value()].append(i);
            members[i].clear();
        }
    }

    // Candidate pairs: facts that share a measure term and a name (or have neither).
    QHash<QString, QVector<int>> postings;
    for (int i = 0; i < count; ++i) {
        if (excluded.at(i))
            continue;
        const StoryFact &fact = *facts.at(i);
        const QString prefix
            = fact.gateKey + QLatin1Char('|') + QString::number(fact.measureTerm) + QLatin1Char('|');
        QVector<QString> keys = fact.names;
        for (const QString &name : fact.contextNames) {
            if (!keys.contains(name))
                keys.append(name);
        }
        if (keys.isEmpty())
            postings[prefix].append(i);
        for (const QString &name : std::as_const(keys))
            postings[prefix + name].append(i);
        // A fact with a term also meets the facts without one.
        const QString open = fact.gateKey + QStringLiteral("|-1|");
        for (const QString &name : std::as_const(keys))
            postings[open + name + QStringLiteral("|t")].append(i);
    }
    QVector<Edge> edges;
    QSet<quint64> seen;
    for (auto it = postings.cbegin(); it != postings.cend(); ++it) {
        const QVector<int> &list = it.value();
        if (list.size() < 2 || list.size() > commonNameLimit)
            continue;
        for (int x = 0; x < list.size(); ++x) {
            for (int y = x + 1; y < list.size(); ++y) {
                const int a = std::min(list.at(x), list.at(y));
                const int b = std::max(list.at(x), list.at(y));
                if (pins.contains(facts.at(a)->factId) && pins.contains(facts.at(b)->factId))
                    continue;
                const quint64 key = (quint64(a) << 32) | quint64(b);
                if (seen.contains(key))
                    continue;
                seen.insert(key);
                const int value = score(*facts.at(a), *facts.at(b));
                if (value > 0)
                    edges.append({ value, a, b });
            }
        }
    }
    std::sort(edges.begin(), edges.end(), [](const Edge &x, const Edge &y) {
        return x.score != y.score ? x.score > y.score : x.a != y.a ? x.a < y.a : x.b < y.b;
    });

    // Per root: its one measure term (-1 when none yet) and its members by article, so that
    // a join looks only at the facts of the articles both sides share.
    QVector<int> rootTerm(count, -1);
    QVector<QHash<qint64, QVector<int>>> byArticle(count);
    for (int i = 0; i < count; ++i) {
        for (int member : std::as_const(members.at(i))) {
            byArticle[i][facts.at(member)->articleId].append(member);
            if (facts.at(member)->measureTerm >= 0)
                rootTerm[i] = facts.at(member)->measureTerm;
        }
    }
    for (const Edge &edge : edges) {
        const int ra = find(edge.a);
        const int rb = find(edge.b);
        if (ra == rb || (seed.at(ra) != 0 && seed.at(rb) != 0))
            continue;
        if (rootTerm.at(ra) >= 0 && rootTerm.at(rb) >= 0 && rootTerm.at(ra) != rootTerm.at(rb))
            continue;
        const int keep = members.at(ra).size() >= members.at(rb).size() ? ra : rb;
        const int gone = keep == ra ? rb : ra;
        bool compatible = true;
        for (auto it = byArticle.at(gone).cbegin(); compatible && it != byArticle.at(gone).cend(); ++it) {
            const auto same = byArticle.at(keep).constFind(it.key());
            if (same == byArticle.at(keep).cend())
                continue;
            for (int x : it.value()) {
                for (int y : same.value()) {
                    if (!sameArticleCompatible(*facts.at(x), *facts.at(y))) {
                        compatible = false;
                        break;
                    }
                }
                if (!compatible)
                    break;
            }
        }
        if (!compatible)
            continue;
        parent[gone] = keep;
        members[keep] += members.at(gone);
        members[gone].clear();
        for (auto it = byArticle.at(gone).cbegin(); it != byArticle.at(gone).cend(); ++it)
            byArticle[keep][it.key()] += it.value();
        byArticle[gone].clear();
        if (rootTerm.at(keep) < 0)
            rootTerm[keep] = rootTerm.at(gone);
        seed[keep] = seed.at(keep) != 0 ? seed.at(keep) : seed.at(gone);
    }

    QVector<Group> groups;
    for (int i = 0; i < count; ++i) {
        if (find(i) != i || excluded.at(i) || (members.at(i).size() < 2 && seed.at(i) == 0))
            continue;
        Group group;
        group.members = members.at(i);
        std::sort(group.members.begin(), group.members.end());
        group.id = seed.at(i);
        if (group.id == 0) {
            group.id = facts.at(group.members.first())->factId;
            for (int member : group.members)
                group.id = std::min(group.id, facts.at(member)->factId);
        }
        groups.append(group);
    }
    return groups;
}

} // namespace FactDesk
