package dev.corroborate.group;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;

/**
 * bge-small-en-v1.5 (quantised, 384 dimensions) run in-process through ONNX Runtime. The model and its tokenizer
 * ship inside the langchain4j jar; DJL is told to stay offline so that nothing is fetched at run time.
 */
final class BgeSmallEmbedder implements TextEmbedder {
    private volatile EmbeddingModel model;

    @Override
    public float[] embed(String text) {
        float[] v = model().embed(text).content().vector();
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        double length = Math.sqrt(norm);
        if (length > 0) {
            for (int i = 0; i < v.length; i++) {
                v[i] /= (float) length;
            }
        }
        return v;
    }

    private EmbeddingModel model() {
        EmbeddingModel m = model;
        if (m == null) {
            synchronized (this) {
                if (model == null) {
                    // The tokenizer library would otherwise look online for a newer native build.
                    System.setProperty("ai.djl.offline", "true");
                    model = new BgeSmallEnV15QuantizedEmbeddingModel();
                }
                m = model;
            }
        }
        return m;
    }
}
