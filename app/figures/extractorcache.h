#pragma once

#include <QMutex>
#include <QString>

#include <map>
#include <memory>

namespace FactDesk {

class Extractor;

/**
 * One Extractor per language, built on first use (building one compiles its
 * lexicon, which costs more than reading a short article). The importer, the
 * samples and factdesk-cli extract all ask this cache, so an article is read
 * the same way wherever it comes from.
 *
 * Safe to share between threads: an Extractor is immutable once built, and
 * the cache is locked only while it looks one up.
 */
class ExtractorCache
{
public:
    ExtractorCache();
    ~ExtractorCache();
    ExtractorCache(const ExtractorCache &) = delete;
    ExtractorCache &operator=(const ExtractorCache &) = delete;

    /// The extractor for language; an empty language (not detected) is read as English.
    const Extractor &forLanguage(const QString &language);

private:
    QMutex m_mutex;
    std::map<QString, std::unique_ptr<Extractor>> m_extractors;
};

} // namespace FactDesk
