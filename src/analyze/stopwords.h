// SPDX-License-Identifier: MIT
// Stop words for keyness: function words that distinguish nothing but style, read from a data
// file (data/text/stopwords.yaml: a map from language code to a list of words).
//
// Usage:
//   auto stop = sw::analyze::LoadStopwords("data/text/stopwords.yaml");
//   if (stop && stop->count(lowercased_token)) skip();
#pragma once

#include <string>
#include <unordered_set>

#include "summitwatch/error.h"

namespace sw::analyze {

/// Every language's words in one set, lower-cased: the lists do not collide (an English and a
/// Russian function word cannot be the same token), and a document's own `lang` is not always
/// right about every sentence.
summitwatch::Result<std::unordered_set<std::string>> LoadStopwords(const std::string& path);

}  // namespace sw::analyze
