package dev.casus.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/** An estimate, a bare integer or {@code {"low":..,"best":..,"high":..,"text":..}}. */
public class EstimatePojo {
  public long low;
  public Long best;
  public Long high;
  public String text;

  /** @param n the exact count @return the estimate */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static EstimatePojo of(long n) {
    EstimatePojo e = new EstimatePojo();
    e.low = n;
    e.best = n;
    e.high = n;
    return e;
  }

  /** @param low low @param best best @param high high @param text text @return the estimate */
  @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
  public static EstimatePojo of(
      @JsonProperty("low") long low,
      @JsonProperty("best") Long best,
      @JsonProperty("high") Long high,
      @JsonProperty("text") String text) {
    EstimatePojo e = new EstimatePojo();
    e.low = low;
    e.best = best;
    e.high = high;
    e.text = text;
    return e;
  }

  /** @return the JSON form */
  @JsonValue
  public Object json() {
    if (text == null && best != null && high != null && best == low && high == low) {
      return low;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("low", low);
    if (best != null) {
      m.put("best", best);
    }
    if (high != null) {
      m.put("high", high);
    }
    if (text != null) {
      m.put("text", text);
    }
    return m;
  }
}
