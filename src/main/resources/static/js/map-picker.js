// Picks a point or draws an area on a map and writes it into the form's own fields (fields/map.jte). The server
// checks what it receives as it always did; without this script the fields are typed by hand.
(function () {
  "use strict";

  function field(id) {
    return id ? document.getElementById(id) : null;
  }

  function number(input) {
    var n = input ? parseFloat(String(input.value).replace(",", ".")) : NaN;
    return isNaN(n) ? null : n;
  }

  function round(n) {
    return Math.round(n * 1e6) / 1e6;
  }

  function pointPicker(box, map) {
    var lat = field(box.dataset.latitudeField);
    var lon = field(box.dataset.longitudeField);
    var status = box.querySelector(".map-status");
    var marker = null;
    function show(latlng, announce) {
      if (marker) {
        marker.setLatLng(latlng);
      } else {
        marker = L.circleMarker(latlng, { radius: 9, color: "#0066cc", weight: 3, fillOpacity: 0.4 }).addTo(map);
      }
      if (announce) {
        status.textContent = box.dataset.pointLabel + " " + round(latlng.lat) + ", " + round(latlng.lng);
      }
    }
    var startLat = number(lat);
    var startLon = number(lon);
    if (startLat !== null && startLon !== null) {
      show(L.latLng(startLat, startLon), false);
      map.setView([startLat, startLon], 16);
    }
    map.on("click", function (e) {
      lat.value = round(e.latlng.lat);
      lon.value = round(e.latlng.lng);
      show(e.latlng, true);
    });
    [lat, lon].forEach(function (input) {
      input.addEventListener("change", function () {
        var a = number(lat);
        var b = number(lon);
        if (a !== null && b !== null && Math.abs(a) <= 90 && Math.abs(b) <= 180) {
          show(L.latLng(a, b), false);
          map.panTo([a, b]);
        }
      });
    });
  }

  function ringOf(text) {
    try {
      var g = JSON.parse(text);
      if (g && g.type === "Feature") {
        g = g.geometry;
      }
      if (g && g.type === "Polygon") {
        return g.coordinates[0];
      }
      if (g && g.type === "MultiPolygon") {
        return g.coordinates[0][0];
      }
    } catch (ignored) {
      // not GeoJSON (yet): the map starts empty and the server says what is wrong on saving
    }
    return null;
  }

  function areaPicker(box, map) {
    var area = field(box.dataset.areaField);
    var status = box.querySelector(".map-status");
    var points = [];
    var shape = null;
    var ring = ringOf(area.value);
    if (ring && ring.length > 3) {
      points = ring.slice(0, ring.length - 1).map(function (c) {
        return L.latLng(c[1], c[0]);
      });
    }
    function draw() {
      if (shape) {
        map.removeLayer(shape);
        shape = null;
      }
      if (points.length === 1) {
        shape = L.circleMarker(points[0], { radius: 5, color: "#0066cc" }).addTo(map);
      } else if (points.length === 2) {
        shape = L.polyline(points, { color: "#0066cc", weight: 3 }).addTo(map);
      } else if (points.length > 2) {
        shape = L.polygon(points, { color: "#0066cc", weight: 3, fillOpacity: 0.2 }).addTo(map);
      }
    }
    function write() {
      if (points.length < 3) {
        area.value = "";
      } else {
        var coords = points.map(function (p) {
          return [round(p.lng), round(p.lat)];
        });
        coords.push(coords[0]);
        area.value = JSON.stringify({ type: "Polygon", coordinates: [coords] });
      }
      status.textContent = box.dataset.countTemplate.replace("{0}", String(points.length));
      draw();
    }
    draw();
    if (shape && points.length > 2) {
      map.fitBounds(shape.getBounds());
    }
    map.on("click", function (e) {
      points.push(e.latlng);
      write();
    });
    var buttons = document.createElement("p");
    buttons.className = "map-buttons";
    function button(label, action) {
      var b = document.createElement("button");
      b.type = "button";
      b.className = "secondary";
      b.textContent = label;
      b.addEventListener("click", action);
      buttons.appendChild(b);
    }
    button(box.dataset.undoLabel, function () {
      points.pop();
      write();
    });
    button(box.dataset.clearLabel, function () {
      points = [];
      write();
    });
    box.appendChild(buttons);
  }

  document.addEventListener("DOMContentLoaded", function () {
    if (typeof L === "undefined") {
      return;
    }
    document.querySelectorAll(".map-picker").forEach(function (box) {
      var canvas = box.querySelector(".map-canvas");
      box.hidden = false;
      // Leaflet's own zoom control is two links with a sign each; real buttons with words, in the page's language,
      // are easier to find and to use with a screen reader, and need no colour to be read.
      // The shapes' SVG layer exactly as large as the map: by default it reaches 10% beyond it on every side, hidden
      // by the map's overflow but still over the hint above, which made its contrast unreadable to axe.
      var map = L.map(canvas, { scrollWheelZoom: false, zoomControl: false, renderer: L.svg({ padding: 0 }) }).setView(
        [parseFloat(box.dataset.centerLatitude), parseFloat(box.dataset.centerLongitude)],
        parseInt(box.dataset.zoom, 10)
      );
      map.attributionControl.setPrefix(false);
      L.tileLayer(box.dataset.tiles, { maxZoom: 19, attribution: box.dataset.attribution }).addTo(map);
      var zoom = document.createElement("p");
      zoom.className = "map-buttons";
      [
        [box.dataset.zoomInLabel, 1],
        [box.dataset.zoomOutLabel, -1],
      ].forEach(function (pair) {
        var b = document.createElement("button");
        b.type = "button";
        b.className = "secondary";
        b.textContent = pair[0];
        b.addEventListener("click", function () {
          map.setZoom(map.getZoom() + pair[1]);
        });
        zoom.appendChild(b);
      });
      box.insertBefore(zoom, canvas.nextSibling);
      // The map takes the size of its box again when the window changes (a phone turned, a window resized).
      window.addEventListener("resize", function () {
        map.invalidateSize();
      });
      if (box.dataset.mode === "area") {
        areaPicker(box, map);
      } else {
        pointPicker(box, map);
      }
    });
  });
})();
