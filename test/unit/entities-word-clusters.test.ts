import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { clusterMarks, featurize } from '../../src/analysis/entities/features.js';
import { tokenize } from '../../src/analysis/entities/tokenize.js';
import { noWordClusters, parseWordClusters, shippedWordClusters, wordClustersFile } from '../../src/analysis/entities/word-clusters.js';
import { buildWordClusters, unlabeledTexts } from '../../tools/build-word-clusters.js';

describe('entity word classes', () => {
  it('parses word<TAB>class/class lines and skips comments', () => {
    const clusters = parseWordClusters('# a comment\nmonday\t3/17\nparis\t5/40\n');
    assert.deepEqual([...clusters.classes], [
      ['monday', ['3', '17']],
      ['paris', ['5', '40']],
    ]);
  });

  it('gives each token its classes and its neighbours’ coarsest and finest', () => {
    const clusters = parseWordClusters('police\t1/10\nin\t2/20\nparis\t3/30\n');
    const marks = clusterMarks(tokenize('Police in Paris ?'), clusters);
    assert.deepEqual(marks[1], ['cl0=2', 'cl1=20', 'cl-1:0=1', 'cl-1=10', 'cl+1:0=3', 'cl+1=30']);
    assert.deepEqual(marks[3], ['cl=none', 'cl-1:0=3', 'cl-1=30']);
    assert.deepEqual(clusterMarks(tokenize('Police in Paris'), noWordClusters), [[], [], []]);
  });

  it('adds features only when classes are given', () => {
    const tokens = tokenize('Police in Paris');
    const plain = featurize(tokens);
    const withClasses = featurize(tokens, undefined, 'article', undefined, shippedWordClusters());
    assert.ok(withClasses.indices.length > plain.indices.length);
  });

  it('ships classes for common news words, lower-cased', () => {
    const { classes } = shippedWordClusters();
    assert.ok(classes.size > 3000);
    for (const word of ['monday', 'police', 'said']) assert.equal(classes.get(word)?.length, 2, word);
    assert.equal(classes.get('Monday'), undefined);
  });

  it('ships the file the tool builds', () => {
    assert.equal(readFileSync(wordClustersFile, 'utf8'), buildWordClusters(unlabeledTexts()));
  });
});
