// SPDX-License-Identifier: MIT
// Priority areas: per-sentence coding from weighted codebook terms, and document shares.
//
// A sentence is coded with every area whose term weights in it reach the codebook threshold;
// its unit weight is split among those areas in proportion to their scores. A document's share
// for an area is the sum of those weights over the number of coded sentences, so shares sum to 1
// (docs/METHODS.md).
#pragma once

#include <span>

#include "kb/dictionaries.h"
#include "match/matcher.h"
#include "summitwatch/coding.h"

namespace sw::code {

/// `hits` are the area-dictionary hits of one document, in text order, with sentences set.
void CodeAreas(const kb::Codebook& codebook, std::span<const match::Hit> hits, summitwatch::Coding& out);

}  // namespace sw::code
