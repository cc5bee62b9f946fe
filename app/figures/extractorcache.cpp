#include "extractorcache.h"

#include "extractor.h"

#include <QMutexLocker>

namespace FactDesk {

ExtractorCache::ExtractorCache() = default;

ExtractorCache::~ExtractorCache() = default;

const Extractor &ExtractorCache::forLanguage(const QString &language)
{
    // English is also what factdesk-cli review reads a correction in when the
    // article's language could not be told.
    const QString key = language.isEmpty() ? QStringLiteral("en") : language;
    QMutexLocker locker(&m_mutex);
    auto found = m_extractors.find(key);
    if (found == m_extractors.end())
        found = m_extractors.emplace(key, std::make_unique<Extractor>(key)).first;
    return *found->second;
}

} // namespace FactDesk
